using CoSo.Core.People;

namespace CoSo.Data.Demo;

/// <summary>Builds plausible households: a head, usually a spouse, children, sometimes a grandparent.</summary>
internal sealed class DemoHouseholdFactory(DemoRandom random, string provinceCode, DateOnly today)
{
    private static readonly string[] MovedInProvinces = ["001", "079", "040", "036", "037"];
    private readonly HashSet<string> _issuedCccds = new(StringComparer.Ordinal);

    public List<DemoResident> NextHousehold(int maxMembers)
    {
        var size = Math.Min(maxMembers, random.Next(3, 7));
        var members = new List<DemoResident>(size);
        var family = random.Pick(DemoNames.FamilyNames);
        var ethnicity = random.Chance(0.85) ? "01" : random.Pick(DemoNames.OtherEthnicities);
        var headAge = random.Next(26, 70);
        var headSex = random.Chance(0.8) ? Sex.Male : Sex.Female;
        members.Add(Resident(HouseholdRelationship.Head, headSex, headAge, family, ethnicity));
        if (members.Count < size && random.Chance(0.9))
        {
            var spouseAge = Math.Clamp(headAge + random.Next(-6, 4), 20, 90);
            var spouseSex = headSex == Sex.Male ? Sex.Female : Sex.Male;
            members.Add(Resident(HouseholdRelationship.Spouse, spouseSex, spouseAge, random.Pick(DemoNames.FamilyNames), ethnicity));
        }

        if (members.Count < size && headAge < 62 && random.Chance(0.35))
        {
            var grandAge = Math.Min(headAge + random.Next(22, 32), 98);
            members.Add(Resident(HouseholdRelationship.Parent, random.Chance(0.6) ? Sex.Female : Sex.Male, grandAge, family, ethnicity));
        }

        var youngestParent = members.Where(m => m.Relationship is HouseholdRelationship.Head or HouseholdRelationship.Spouse).Min(m => m.AgeOn(today));
        while (members.Count < size)
        {
            var childAge = random.Next(0, Math.Max(1, youngestParent - 19));
            members.Add(Resident(HouseholdRelationship.Child, random.Chance(0.5) ? Sex.Male : Sex.Female, childAge, headSex == Sex.Male ? family : random.Pick(DemoNames.FamilyNames), ethnicity));
        }

        return members;
    }

    private DemoResident Resident(HouseholdRelationship relationship, Sex sex, int age, string family, string ethnicity)
    {
        var birth = today.AddYears(-age).AddDays(-random.Next(0, 365));
        var yearOnly = age >= 60 && random.Chance(0.3);
        var middle = random.Pick(sex == Sex.Male ? DemoNames.MaleMiddle : DemoNames.FemaleMiddle);
        var given = random.Pick(sex == Sex.Male ? DemoNames.MaleGiven : DemoNames.FemaleGiven);
        var phone = age >= 15 && random.Chance(0.85) ? random.Pick(DemoNames.PhonePrefixes) + random.Digits(8) : null;
        var (card, from, to) = Card(age, birth);
        return new DemoResident(relationship, $"{family} {middle} {given}", sex, yearOnly ? null : birth, birth.Year, Cccd(sex, birth.Year), ethnicity, phone, card, from, to);
    }

    private string Cccd(Sex sex, int birthYear)
    {
        // Most residents were registered at birth in this province; a few moved in from elsewhere.
        var province = random.Chance(0.9) ? "0" + provinceCode : random.Pick(MovedInProvinces);
        var prefix = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{province}{CccdValidator.CenturySexDigit(sex, birthYear)}{birthYear % 100:00}");
        while (true)
        {
            var cccd = prefix + random.Digits(6);
            if (_issuedCccds.Add(cccd))
            {
                return cccd;
            }
        }
    }

    private (string? Card, DateOnly? From, DateOnly? To) Card(int age, DateOnly birth)
    {
        if (!random.Chance(0.9))
        {
            return (null, null, null);
        }

        var objectCode = age switch
        {
            < 6 => "TE1",
            >= 60 when random.Chance(0.4) => "HT3",
            >= 60 when random.Chance(0.15) => "CC1",
            _ => "GD4",
        };

        // Spread the end dates: ~10 % expired, ~8 % expiring within 30 days, the rest valid for months.
        var roll = random.NextDouble();
        var to = roll switch
        {
            < 0.10 => today.AddDays(-random.Next(1, 120)),
            < 0.18 => today.AddDays(random.Next(0, 30)),
            _ => today.AddDays(random.Next(31, 365)),
        };
        var from = to.AddYears(-1).AddDays(1);
        if (from < birth)
        {
            from = birth;
        }

        if (to <= from)
        {
            to = from.AddDays(365);
        }

        return (objectCode + provinceCode + random.Digits(10), from, to);
    }
}
