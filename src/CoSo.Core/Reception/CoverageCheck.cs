using System.Text.RegularExpressions;
using CoSo.Core.Common;

namespace CoSo.Core.Reception;

/// <summary>
/// Decides at the desk whether a visit is paid by BHYT. The card itself is checked first (present, well-formed,
/// valid on the day: Luật BHYT 2008 Art. 16 §4, NĐ 188/2025 Art. 37); then the dated rules of
/// <see cref="CoverageRules"/> for the case (registered here, elsewhere in the province, in another province,
/// emergency) are tried in order, and the first that covers wins.
/// </summary>
public static partial class CoverageCheck
{
    public const string NotCoveredCategory = "9";

    public static CoverageDecision Decide(CoverageRequest request, CoverageRules rules)
    {
        var card = request.CardNumber?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(card))
        {
            // A child under 6 is covered on the birth certificate; the station fetches a temporary card code.
            if (request.BirthDate is { } born && born.AddMonths(rules.ChildWithoutCardMonths) > request.VisitDate)
            {
                return Match(request, rules, CoverageCase.RegisteredSameProvince, "card.child", "NĐ 188/2025/NĐ-CP Điều 37 khoản 2, Điều 50 khoản 1");
            }

            return No("card.none", "Luật BHYT Điều 28 khoản 1 (sửa đổi bởi Luật 51/2024/QH15)");
        }

        if (!CardPattern().IsMatch(card))
        {
            return No("card.format", "QĐ 1351/QĐ-BHXH (mã thẻ 15 ký tự)");
        }

        var renewal = request.RenewalReceipt;
        if (request.ValidFrom is { } from && request.VisitDate < from && !renewal)
        {
            return No("card.notYetValid", "Luật BHYT Điều 16 khoản 3; NĐ 188/2025/NĐ-CP Điều 13");
        }

        if (request.ValidTo is { } to && request.VisitDate > to && !renewal)
        {
            return No("card.expired", "Luật BHYT 2008 Điều 16 khoản 4 điểm a");
        }

        var registered = request.RegisteredFacility?.Trim();
        var station = request.StationFacilityCode?.Trim();
        var kind = string.IsNullOrEmpty(registered) || string.IsNullOrEmpty(station) ? (CoverageCase?)null
            : string.Equals(registered, station, StringComparison.Ordinal) ? CoverageCase.RegisteredHere
            : registered.Length >= 2 && station.Length >= 2 && registered.AsSpan(0, 2).SequenceEqual(station.AsSpan(0, 2)) ? CoverageCase.RegisteredSameProvince
            : CoverageCase.RegisteredOtherProvince;

        var cases = new List<CoverageCase>();
        if (kind is { } k)
        {
            cases.Add(k);
        }

        if (request.Emergency)
        {
            cases.Add(CoverageCase.Emergency);
        }

        if (cases.Count == 0)
        {
            return No("card.noFacility", "QĐ 4750/QĐ-BYT (MA_DKBD, MA_CSKCB)");
        }

        var applicable = rules.Rules.Where(r => cases.Contains(r.Case) && r.AppliesOn(request.VisitDate)).ToList();
        var rule = applicable.FirstOrDefault(r => r.Covered) ?? applicable.FirstOrDefault();
        return rule is null
            ? No("card.noRule", rules.Source)
            : new CoverageDecision(rule.Covered, rule.Covered ? rule.Category : NotCoveredCategory, rule.Covered ? rule.BenefitPercent : 0, rule.Id, rule.ReasonVi, rule.ReasonEn, rule.Source);
    }

    private static CoverageDecision Match(CoverageRequest request, CoverageRules rules, CoverageCase asCase, string reason, string source)
    {
        var rule = rules.Rules.FirstOrDefault(r => r.Case == asCase && r.Covered && r.AppliesOn(request.VisitDate));
        return rule is null
            ? No("card.none", source)
            : new CoverageDecision(true, rule.Category, rule.BenefitPercent, reason, Messages.Get("bhyt." + reason, Messages.Vietnamese), Messages.Get("bhyt." + reason, Messages.English), source);
    }

    private static CoverageDecision No(string reason, string source) =>
        new(false, NotCoveredCategory, 0, reason, Messages.Get("bhyt." + reason, Messages.Vietnamese), Messages.Get("bhyt." + reason, Messages.English), source);

    [GeneratedRegex("^[A-Z]{2}[1-5][0-9]{12}$")]
    private static partial Regex CardPattern();
}
