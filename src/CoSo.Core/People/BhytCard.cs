using CoSo.Core.Common;

namespace CoSo.Core.People;

/// <summary>
/// The 15-character BHYT card code: 2-letter beneficiary (object) code, benefit level 1–5,
/// 2-digit province code, 10-digit social-insurance number (QĐ 1351/QĐ-BHXH; XML 130 field MA_THE_BHYT).
/// </summary>
public static class BhytCard
{
    /// <summary>Beneficiary codes by benefit level, from the project's BHYT notes (medium confidence: may be incomplete).</summary>
    private static readonly Dictionary<string, int> ObjectCodes = new(StringComparer.Ordinal)
    {
        ["CC"] = 1, ["TE"] = 1,
        ["CK"] = 2, ["CB"] = 2, ["KC"] = 2, ["HN"] = 2, ["DT"] = 2, ["DK"] = 2, ["XD"] = 2, ["BT"] = 2, ["TS"] = 2,
        ["HT"] = 3, ["TC"] = 3, ["CN"] = 3,
        ["DN"] = 4, ["HX"] = 4, ["CH"] = 4, ["NN"] = 4, ["TK"] = 4, ["HC"] = 4, ["XK"] = 4, ["TB"] = 4, ["NO"] = 4,
        ["CT"] = 4, ["XB"] = 4, ["TN"] = 4, ["CS"] = 4, ["XN"] = 4, ["MS"] = 4, ["HD"] = 4, ["TQ"] = 4, ["TA"] = 4,
        ["TY"] = 4, ["HG"] = 4, ["LS"] = 4, ["PV"] = 4, ["HS"] = 4, ["SV"] = 4, ["GB"] = 4, ["GD"] = 4,
        ["QN"] = 5, ["CA"] = 5, ["CY"] = 5,
    };

    public static int ExpiringWithinDays => 30;

    public static string Normalize(string value) => value.Trim().ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);

    public static bool IsWellFormed(string? value) =>
        value is { Length: 15 }
        && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1])
        && value[2] is >= '1' and <= '5'
        && value.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>The 10-digit social-insurance number (mã số BHXH) inside the card code.</summary>
    public static string SocialInsuranceNumber(string card) => card[5..];

    public static void Validate(string? card, DateOnly? validFrom, DateOnly? validTo, string? facilityCode, ValidationErrors errors, string field = "bhytNumber")
    {
        if (string.IsNullOrEmpty(card))
        {
            return;
        }

        if (!IsWellFormed(card))
        {
            errors.Add(field, "bhyt.format");
            return;
        }

        // The beneficiary code and its benefit level are checked as warnings (Warnings): the list may be out of date
        // after Law 51/2024 and NĐ 188/2025, so a card is never refused for them.
        if (validFrom is { } from && validTo is { } to && to <= from)
        {
            errors.Add("bhytValidTo", "bhyt.dates");
        }

        if (!string.IsNullOrEmpty(facilityCode) && (facilityCode.Length != 5 || !facilityCode.All(char.IsAsciiDigit)))
        {
            errors.Add("bhytFacilityCode", "bhyt.facility");
        }
    }

    /// <summary>
    /// Warnings on a well-formed card: a beneficiary code not in CoSo's list (accepted: the list may be out of date),
    /// and a benefit level (3rd character) that differs from the level of the beneficiary group (e.g. DN is level 4).
    /// </summary>
    public static IReadOnlyList<FieldWarning> Warnings(string? card, string field = "bhytNumber")
    {
        if (card is null || !IsWellFormed(card = Normalize(card)))
        {
            return [];
        }

        var objectCode = card[..2];
        var level = card[2] - '0';
        if (!ObjectCodes.TryGetValue(objectCode, out var expected))
        {
            return [new FieldWarning(field, "bhyt.object.unknown", [objectCode])];
        }

        return level == expected ? [] : [new FieldWarning(field, "bhyt.level", [objectCode, level, expected])];
    }

    public static BhytCardStatus Status(string? card, DateOnly? validFrom, DateOnly? validTo, DateOnly today)
    {
        if (string.IsNullOrEmpty(card) || validTo is null)
        {
            return BhytCardStatus.None;
        }

        if (validFrom is { } from && today < from)
        {
            return BhytCardStatus.NotYetValid;
        }

        if (today > validTo.Value)
        {
            return BhytCardStatus.Expired;
        }

        return validTo.Value.DayNumber - today.DayNumber <= ExpiringWithinDays ? BhytCardStatus.ExpiringSoon : BhytCardStatus.Valid;
    }
}
