using System.Text.Json;

namespace CoSo.Core.Immunization;

/// <summary>
/// The coverage indicators (docs/immunization.md). The "fully immunized under 1" components are data
/// (<c>data/immunization/coverage.json</c>, versioned by effective date) because they change with the schedule.
/// </summary>
public sealed class CoverageDefinitions
{
    public const string Bcg = "bcg";
    public const string HepBBirth24h = "hepb-birth-24h";
    public const string HepBBirthOver24h = "hepb-birth-over-24h";
    public const string HepBBirthTimeUnknown = "hepb-birth-time-unknown";
    public const string Dtp1 = "dtp1";
    public const string Dtp3 = "dtp3";
    public const string Opv3 = "opv3";
    public const string Ipv = "ipv";
    public const string Measles1 = "measles1";
    public const string MR = "mr";
    public const string DtpBooster = "dtp-booster";
    public const string JE = "je";
    public const string FullyImmunized = "fully-immunized";

    private static readonly Lazy<CoverageDefinitions> Default = new(LoadEmbedded);

    public CoverageDefinitions(IReadOnlyList<(DateOnly EffectiveFrom, IReadOnlyList<VaccineDose> Components)> fullyImmunizedVersions)
        : this(fullyImmunizedVersions?.Select(v => new FullyImmunizedDefinition(v.EffectiveFrom, v.Components)).ToList()!)
    {
    }

    public CoverageDefinitions(IReadOnlyList<FullyImmunizedDefinition> fullyImmunizedVersions)
    {
        ArgumentNullException.ThrowIfNull(fullyImmunizedVersions);
        if (fullyImmunizedVersions.Count == 0)
        {
            throw new InvalidDataException("Coverage definitions: fullyImmunizedUnderOne needs at least one version.");
        }

        FullyImmunizedVersions = fullyImmunizedVersions.OrderBy(v => v.EffectiveFrom).ToList();
    }

    /// <summary>The versions of "fully immunized under 1", oldest first.</summary>
    public IReadOnlyList<FullyImmunizedDefinition> FullyImmunizedVersions { get; }

    /// <summary>The simple indicators (one dose each) in display order; "fully immunized" is computed per child version.</summary>
    public static IReadOnlyList<CoverageIndicator> SingleDoseIndicators { get; } =
    [
        new(Bcg, CoverageCohort.FirstBirthdayInPeriod, [new(VaccineCodes.Bcg, 1)]),
        new(HepBBirth24h, CoverageCohort.BornInPeriod, [new(VaccineCodes.HepBBirth, 1)], BirthDoseTiming.Within24Hours),
        new(HepBBirthOver24h, CoverageCohort.BornInPeriod, [new(VaccineCodes.HepBBirth, 1)], BirthDoseTiming.After24Hours),
        new(HepBBirthTimeUnknown, CoverageCohort.BornInPeriod, [new(VaccineCodes.HepBBirth, 1)], BirthDoseTiming.Unknown),
        new(Dtp1, CoverageCohort.FirstBirthdayInPeriod, [new(VaccineCodes.DtpHepBHib, 1)]),
        new(Dtp3, CoverageCohort.FirstBirthdayInPeriod, [new(VaccineCodes.DtpHepBHib, 3)]),
        new(Opv3, CoverageCohort.FirstBirthdayInPeriod, [new(VaccineCodes.Opv, 3)]),
        new(Ipv, CoverageCohort.FirstBirthdayInPeriod, [new(VaccineCodes.Ipv, 1)]),
        new(Measles1, CoverageCohort.FirstBirthdayInPeriod, [new(VaccineCodes.Measles, 1)]),
        new(MR, CoverageCohort.SecondBirthdayInPeriod, [new(VaccineCodes.MR, 1)]),
        new(DtpBooster, CoverageCohort.SecondBirthdayInPeriod, [new(VaccineCodes.DtpBooster, 1)]),
        new(JE, CoverageCohort.SecondBirthdayInPeriod, [new(VaccineCodes.JE, 1)]),
    ];

    public static CoverageDefinitions LoadDefault() => Default.Value;

    public static CoverageDefinitions Load(Stream json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var versions = new List<FullyImmunizedDefinition>();
        foreach (var v in doc.RootElement.GetProperty("fullyImmunizedUnderOne").EnumerateArray())
        {
            var from = DateOnly.ParseExact(v.GetProperty("effectiveFrom").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var basis = v.TryGetProperty("legalBasis", out var b) ? b.GetString() : null;
            var confidence = v.TryGetProperty("confidence", out var k) ? k.GetString() : null;
            var components = v.GetProperty("components").EnumerateArray()
                .Select(c => new VaccineDose(c.GetProperty("vaccine").GetString()!, c.GetProperty("dose").GetInt32())).ToList();
            if (components.Count == 0 || components.Any(c => !VaccineCodes.IsKnown(c.Vaccine) || c.Dose < 1))
            {
                throw new InvalidDataException($"Coverage definitions: version {from:yyyy-MM-dd} has an unknown or empty component.");
            }

            versions.Add(new FullyImmunizedDefinition(from, components, basis, confidence));
        }

        return new CoverageDefinitions(versions);
    }

    /// <summary>Components in force on a date (the child's first birthday); the oldest version also covers earlier dates.</summary>
    public IReadOnlyList<VaccineDose> FullyImmunizedComponents(DateOnly on) => FullyImmunizedVersionOn(on).Components;

    /// <summary>The definition in force on a date (the child's first birthday); the oldest version also covers earlier dates.</summary>
    public FullyImmunizedDefinition FullyImmunizedVersionOn(DateOnly on) =>
        FullyImmunizedVersions.LastOrDefault(v => v.EffectiveFrom <= on) ?? FullyImmunizedVersions[0];

    private static CoverageDefinitions LoadEmbedded()
    {
        const string name = "CoSo.Core.Immunization.coverage.json";
        using var stream = typeof(CoverageDefinitions).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from CoSo.Core.");
        return Load(stream);
    }
}
