using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoSo.Core.Immunization;

/// <summary>
/// The versioned schedule loaded from <c>data/immunization/schedule.json</c> (embedded in CoSo.Core).
/// Rules carry their own effective dates; the earliest version in the file is also applied to doses
/// that fell due before it, because the file does not hold older schedules.
/// </summary>
public sealed class ImmunizationSchedule
{
    private const string ResourceName = "CoSo.Core.Immunization.schedule.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    private static readonly Lazy<ImmunizationSchedule> Default = new(LoadEmbedded);

    private readonly Dictionary<string, int> _childCodes;

    private ImmunizationSchedule(IReadOnlyList<ScheduleRule> rules, int liveSpacingDays, bool liveSpacingAppliesToOral)
    {
        Rules = rules;
        LiveSpacingDays = liveSpacingDays;
        LiveSpacingAppliesToOral = liveSpacingAppliesToOral;
        BaselineDate = rules.Min(r => r.EffectiveFrom);
        (Slots, _childCodes, LiveSpacedCodes) = Compile(rules, liveSpacingAppliesToOral);
    }

    public IReadOnlyList<ScheduleRule> Rules { get; }

    /// <summary>Live vaccines not given on the same day must be at least this many days apart.</summary>
    public int LiveSpacingDays { get; }

    /// <summary>Whether the live-vaccine spacing also applies to oral live vaccines (OPV, rotavirus).</summary>
    public bool LiveSpacingAppliesToOral { get; }

    /// <summary>Effective date of the oldest version in the file.</summary>
    public DateOnly BaselineDate { get; }

    internal ScheduleSlot[] Slots { get; }

    internal bool[] LiveSpacedCodes { get; }

    public static ImmunizationSchedule LoadDefault() => Default.Value;

    public static ImmunizationSchedule Load(Stream json)
    {
        ScheduleDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ScheduleDocument>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Immunization schedule is not valid JSON: {ex.Message}", ex);
        }

        if (document is null || document.Rules.Count == 0)
        {
            throw new InvalidDataException("Immunization schedule has no rules.");
        }

        var rules = document.Rules.Select(MapRule).ToList();
        var spacing = document.LiveSpacing ?? new LiveSpacingDocument();
        return new ImmunizationSchedule(rules, spacing.MinimumDays, spacing.AppliesToOral);
    }

    /// <summary>True for a vaccine code that has doses in the child schedule (routine or high-risk areas).</summary>
    public bool IsChildVaccine(string code) => _childCodes.ContainsKey(code);

    /// <summary>Highest dose number of a code in the child schedule, or 0 when the code has none.</summary>
    public int ChildDoseCount(string code)
    {
        var max = 0;
        foreach (var slot in Slots)
        {
            if (string.Equals(slot.Vaccine, code, StringComparison.Ordinal) && slot.Dose > max)
            {
                max = slot.Dose;
            }
        }

        return max;
    }

    internal bool TryGetChildCode(string code, out int index) => _childCodes.TryGetValue(code, out index);

    private static ImmunizationSchedule LoadEmbedded()
    {
        using var stream = typeof(ImmunizationSchedule).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from CoSo.Core.");
        return Load(stream);
    }

    private static ScheduleRule MapRule(RuleDocument d, int index)
    {
        var where = $"rule #{index + 1} ({d.Vaccine} {d.Dose})";
        if (d.Vaccine is null || !VaccineCodes.IsKnown(d.Vaccine))
        {
            throw new InvalidDataException($"Immunization schedule {where}: unknown vaccine code.");
        }

        if (d.Dose < 1)
        {
            throw new InvalidDataException($"Immunization schedule {where}: dose numbers start at 1.");
        }

        var programme = d.Programme switch
        {
            "routine" => ImmunizationProgramme.Routine,
            "high-risk-areas" => ImmunizationProgramme.HighRiskAreas,
            "pregnant-women" => ImmunizationProgramme.PregnantWomen,
            _ => throw new InvalidDataException($"Immunization schedule {where}: unknown programme '{d.Programme}'."),
        };
        var route = d.Route switch
        {
            "injection" => VaccineRoute.Injection,
            "oral" => VaccineRoute.Oral,
            _ => throw new InvalidDataException($"Immunization schedule {where}: unknown route '{d.Route}'."),
        };
        if (d.EffectiveFrom is null)
        {
            throw new InvalidDataException($"Immunization schedule {where}: effectiveFrom is required.");
        }

        if (programme != ImmunizationProgramme.PregnantWomen && (d.RecommendedAge is null || d.MinimumAge is null))
        {
            throw new InvalidDataException($"Immunization schedule {where}: child rules need recommendedAge and minimumAge.");
        }

        return new ScheduleRule
        {
            Vaccine = d.Vaccine,
            Dose = d.Dose,
            Antigens = d.Antigens ?? [],
            Programme = programme,
            Live = d.Live,
            Route = route,
            RecommendedAge = ToAge(d.RecommendedAge),
            MinimumAge = ToAge(d.MinimumAge),
            MinimumInterval = ToAge(d.MinimumInterval),
            MaximumAge = ToAge(d.MaximumAge),
            IntervalFrom = d.IntervalFrom is { Vaccine: { } v } r ? new VaccineDose(v, r.Dose) : null,
            EffectiveFrom = d.EffectiveFrom.Value,
            EffectiveTo = d.EffectiveTo,
            Source = d.Source,
        };
    }

    private static AgeOffset? ToAge(AgeDocument? a) =>
        a is null ? null : new AgeOffset(a.Years, a.Months, a.Weeks, a.Days);

    private static (ScheduleSlot[] Slots, Dictionary<string, int> Codes, bool[] LiveSpaced) Compile(
        IReadOnlyList<ScheduleRule> rules, bool liveSpacingAppliesToOral)
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<(string Vaccine, int Dose)>();
        var versions = new Dictionary<(string, int), List<ScheduleRule>>();
        foreach (var rule in rules)
        {
            if (rule.Programme == ImmunizationProgramme.PregnantWomen)
            {
                continue;
            }

            var key = (rule.Vaccine, rule.Dose);
            if (!versions.TryGetValue(key, out var list))
            {
                versions[key] = list = [];
                keys.Add(key);
                codes.TryAdd(rule.Vaccine, codes.Count);
            }

            if (list.Any(r => r.EffectiveFrom == rule.EffectiveFrom))
            {
                throw new InvalidDataException($"Immunization schedule: {rule.Vaccine} {rule.Dose} has two versions from {rule.EffectiveFrom:yyyy-MM-dd}.");
            }

            list.Add(rule);
        }

        var index = new Dictionary<(string, int), int>();
        var slots = new ScheduleSlot[keys.Count];
        var liveSpaced = new bool[codes.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var (vaccine, dose) = keys[i];
            var ruleVersions = versions[keys[i]].OrderByDescending(r => r.EffectiveFrom).ToArray();
            var newest = ruleVersions[0];
            var previous = -1;
            if (dose > 1 && !index.TryGetValue((vaccine, dose - 1), out previous))
            {
                throw new InvalidDataException($"Immunization schedule: {vaccine} {dose} must follow dose {dose - 1}.");
            }

            var anchor = previous;
            if (newest.IntervalFrom is { } from && !index.TryGetValue((from.Vaccine, from.Dose), out anchor))
            {
                throw new InvalidDataException($"Immunization schedule: {vaccine} {dose} counts its interval from {from.Vaccine} {from.Dose}, which must come earlier in the file.");
            }

            var code = codes[vaccine];
            liveSpaced[code] |= newest.Live && (newest.Route != VaccineRoute.Oral || liveSpacingAppliesToOral);
            slots[i] = new ScheduleSlot
            {
                Vaccine = vaccine,
                Dose = dose,
                CodeIndex = code,
                Versions = ruleVersions,
                AnchorSlot = anchor,
                PreviousInCode = previous,
            };
            index[keys[i]] = i;
        }

        return (slots, codes, liveSpaced);
    }
}
