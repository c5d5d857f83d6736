using CoSo.Core.Common;

namespace CoSo.Core.People;

/// <summary>Field rules for a resident, shared by the API, the web form and the importer.</summary>
public static class PersonRules
{
    /// <summary>Longest full name accepted (in Unicode NFC characters).</summary>
    public const int NameMaxLength = 100;

    /// <summary>
    /// The name rule of every person CoSo records, a resident or a case outside the registry: required, at most 100
    /// characters, two words or more, letters with spaces, hyphens and apostrophes only (so no markup and no formula).
    /// </summary>
    public static void CheckName(ValidationErrors errors, string field, string? fullName)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var name = fullName is null ? string.Empty : TextFolding.Nfc(fullName);
        if (name.Length == 0)
        {
            errors.Add(field, "required");
        }
        else if (name.Length > NameMaxLength)
        {
            errors.Add(field, "tooLong", NameMaxLength);
        }
        else if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2 || !name.All(c => char.IsLetter(c) || c is ' ' or '-' or '\''))
        {
            errors.Add(field, "name.invalid");
        }
    }

    public static ValidationErrors Validate(PersonInput input, DateOnly today)
    {
        var errors = new ValidationErrors();
        CheckName(errors, "fullName", input.FullName);

        if (input.Sex is not (People.Sex.Male or People.Sex.Female))
        {
            errors.Add("sex", "sex.invalid");
        }

        var birthYear = input.BirthDate?.Year ?? input.BirthYear;
        if (birthYear is null)
        {
            errors.Add("birthDate", "required");
        }
        else if (input.BirthDate is { } bd && bd > today || birthYear > today.Year)
        {
            errors.Add("birthDate", "birthDate.future");
        }
        else if (birthYear < 1900)
        {
            errors.Add("birthDate", "birthDate.tooOld");
        }

        if (input.BirthTime is not null && input.BirthDate is null)
        {
            errors.Add("birthTime", "birthTime.needsDate");
        }

        if (!string.IsNullOrEmpty(input.Cccd) && birthYear is { } year && input.Sex is { } sex)
        {
            CccdValidator.Validate(input.Cccd.Trim(), sex, year, errors);
        }
        else if (!string.IsNullOrEmpty(input.Cccd) && !CccdValidator.IsWellFormed(input.Cccd.Trim()))
        {
            errors.Add("cccd", "cccd.format");
        }

        if (!string.IsNullOrEmpty(input.Phone) && !IsPhone(input.Phone))
        {
            errors.Add("phone", "phone.format");
        }

        if (!string.IsNullOrEmpty(input.EthnicityCode) && !Ethnicities.IsKnown(input.EthnicityCode))
        {
            errors.Add("ethnicityCode", "ethnicity.unknown", input.EthnicityCode);
        }

        var card = string.IsNullOrEmpty(input.BhytNumber) ? null : BhytCard.Normalize(input.BhytNumber);
        BhytCard.Validate(card, input.BhytValidFrom, input.BhytValidTo, input.BhytFacilityCode, errors);

        if (input.IsDeceased && input.DeceasedOn is { } died && (died > today || input.BirthDate is { } b && died < b))
        {
            errors.Add("deceasedOn", "deceased.date");
        }

        if (input.AddressLine is { Length: > 200 })
        {
            errors.Add("addressLine", "tooLong", 200);
        }

        return errors;
    }

    public static string NormalizePhone(string phone)
    {
        if (phone.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return phone;
        }

        Span<char> digits = phone.Length <= 64 ? stackalloc char[phone.Length] : new char[phone.Length];
        var n = 0;
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
            }
        }

        return new string(digits[..n]);
    }

    public static bool IsPhone(string phone)
    {
        var count = 0;
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 0 && c != '0')
                {
                    return false;
                }

                count++;
            }
            else if (c is not (' ' or '.' or '-'))
            {
                return false;
            }
        }

        return count == 10;
    }

    /// <summary>Copies validated input onto the entity (normalising text); identity and ownership are set by the caller.</summary>
    public static void Apply(PersonInput input, Person person)
    {
        person.FullName = TextFolding.Nfc(input.FullName!);
        person.NameKey = TextFolding.Fold(person.FullName);
        person.BirthDate = input.BirthDate;
        person.BirthTime = input.BirthDate is null ? null : input.BirthTime;
        person.BirthYear = input.BirthDate?.Year ?? input.BirthYear!.Value;
        person.Sex = input.Sex!.Value;
        person.Cccd = string.IsNullOrWhiteSpace(input.Cccd) ? null : input.Cccd.Trim();
        person.EthnicityCode = string.IsNullOrWhiteSpace(input.EthnicityCode) ? null : input.EthnicityCode;
        person.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : NormalizePhone(input.Phone);
        person.AddressLine = string.IsNullOrWhiteSpace(input.AddressLine) ? null : TextFolding.Nfc(input.AddressLine);
        person.VillageId = input.VillageId;
        person.HouseholdId = input.HouseholdId;
        person.RelationshipToHead = input.RelationshipToHead;
        person.BhytNumber = string.IsNullOrWhiteSpace(input.BhytNumber) ? null : BhytCard.Normalize(input.BhytNumber);
        person.SocialInsuranceNumber = person.BhytNumber is { } card ? BhytCard.SocialInsuranceNumber(card) : null;
        person.BhytValidFrom = input.BhytValidFrom;
        person.BhytValidTo = input.BhytValidTo;
        person.BhytFacilityCode = string.IsNullOrWhiteSpace(input.BhytFacilityCode) ? null : input.BhytFacilityCode.Trim();
        person.IsDeceased = input.IsDeceased;
        person.DeceasedOn = input.IsDeceased ? input.DeceasedOn : null;
        person.DeathCauseCode = input.IsDeceased && !string.IsNullOrWhiteSpace(input.DeathCauseCode) ? Encounters.VisitRules.NormalizeIcd(input.DeathCauseCode) : null;
        person.MovedAway = input.MovedAway;
        person.MovedAwayOn = input.MovedAway ? input.MovedAwayOn : null;
    }
}
