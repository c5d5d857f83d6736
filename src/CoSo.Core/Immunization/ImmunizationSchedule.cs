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
    private const string ProductsResourceName = "CoSo.Core.Immunization.products.json";
    private const string IntroductionsResourceName = "CoSo.Core.Immunization.introductions.csv";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    private static readonly Lazy<ImmunizationSchedule> Default = new(LoadEmbedded);

    private readonly Dictionary<string, int> _childCodes;
    private readonly Dictionary<string, int> _productIndex;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmunizationSchedule> _byProvince = new(StringComparer.Ordinal);

    private ImmunizationSchedule(
        IReadOnlyList<ScheduleRule> rules,
        int liveSpacingDays,
        bool liveSpacingAppliesToOral,
        IReadOnlyList<VaccineProduct> products,
        IReadOnlyList<VaccineIntroduction> introductions,
        IReadOnlyList<ScheduleVersion> versions,
        DateOnly? baselineDate = null,
        string? province = null)
    {
        Rules = rules;
        Versions = versions;
        LiveSpacingDays = liveSpacingDays;
        LiveSpacingAppliesToOral = liveSpacingAppliesToOral;
        BaselineDate = baselineDate ?? rules.Min(r => r.EffectiveFrom);
        Introductions = introductions;
        Province = province;
        (Slots, _childCodes, LiveSpacedCodes) = Compile(rules, liveSpacingAppliesToOral);
        (Products, _productIndex, CompiledProducts, CodeDoseCounts, MultiSlotCodes, CodeNames) =
            CompileProducts(products, Slots, _childCodes, liveSpacingAppliesToOral);
    }

    public IReadOnlyList<ScheduleRule> Rules { get; }

    /// <summary>The legal versions (circulars) in date order; empty for a file without a <c>versions</c> list.</summary>
    public IReadOnlyList<ScheduleVersion> Versions { get; }

    /// <summary>Live vaccines not given on the same day must be at least this many days apart.</summary>
    public int LiveSpacingDays { get; }

    /// <summary>Whether the live-vaccine spacing also applies to oral live vaccines (OPV, rotavirus).</summary>
    public bool LiveSpacingAppliesToOral { get; }

    /// <summary>Effective date of the oldest version in the file.</summary>
    public DateOnly BaselineDate { get; }

    internal ScheduleSlot[] Slots { get; }

    internal bool[] LiveSpacedCodes { get; }

    /// <summary>The product catalogue: service vaccines and brands recordable besides the schedule's own codes.</summary>
    public IReadOnlyList<VaccineProduct> Products { get; }

    /// <summary>Per-province introduction dates applied on top of the legal versions (<see cref="ForProvince"/>).</summary>
    public IReadOnlyList<VaccineIntroduction> Introductions { get; }

    /// <summary>The province this view of the schedule applies, or null for the national (legal) dates.</summary>
    public string? Province { get; }

    internal CompiledProduct[] CompiledProducts { get; }

    // Number of doses of each child code (by code index).
    internal int[] CodeDoseCounts { get; }

    // For a child code whose antigens contain another code's (MR ⊇ Measles, DTP-HepB-Hib ⊇ DTP booster), the code
    // treated as a product crediting several codes; null for the others (by code index).
    internal CompiledProduct?[] MultiSlotCodes { get; }

    internal string[] CodeNames { get; }

    public static ImmunizationSchedule LoadDefault() => Default.Value;

    /// <summary>
    /// The legal version in force on a date: the newest version that started on or before it. The oldest version also
    /// answers for earlier dates (the baseline is applied to doses due before it). Null when the file has no versions.
    /// </summary>
    public ScheduleVersion? VersionOn(DateOnly date)
    {
        ScheduleVersion? found = null;
        foreach (var v in Versions)
        {
            if (v.EffectiveFrom <= date)
            {
                found = v;
            }
        }

        return found ?? (Versions.Count > 0 ? Versions[0] : null);
    }

    /// <summary>
    /// The legal version that sets a child's dose: the one in force on the day the dose falls due by age (birth +
    /// the recommended age of the rule the engine uses), the rule the engine's version selection uses. Null for a
    /// dose outside the child schedule or a file without versions.
    /// </summary>
    public ScheduleVersion? VersionFor(string vaccine, int dose, DateOnly birthDate)
    {
        foreach (var slot in Slots)
        {
            if (slot.Dose == dose && string.Equals(slot.Vaccine, vaccine, StringComparison.Ordinal))
            {
                var rule = slot.Versions.FirstOrDefault(r => r.RecommendedAge!.Value.AddTo(birthDate) >= r.EffectiveFrom) ?? slot.Versions[^1];
                return VersionOn(rule.RecommendedAge!.Value.AddTo(birthDate));
            }
        }

        return null;
    }

    /// <summary>A product of the catalogue by its code (case-sensitive, as written in products.json).</summary>
    public bool TryGetProduct(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out VaccineProduct? product)
    {
        if (_productIndex.TryGetValue(code, out var index))
        {
            product = Products[index];
            return true;
        }

        product = null;
        return false;
    }

    internal bool TryGetProductIndex(string code, out int index) => _productIndex.TryGetValue(code, out index);

    /// <summary>
    /// The schedule as it applies in a province (2-digit code of the 07/2025 list): a vaccine whose introduction there
    /// is dated later than its legal version enters a child's schedule only from that date, and one the province has
    /// not introduced yet not at all. A province without rows follows the rows for "*" (every other province), and
    /// without those the legal dates. Null or empty: the national (legal) dates.
    /// </summary>
    public ImmunizationSchedule ForProvince(string? provinceCode)
    {
        if (string.IsNullOrEmpty(provinceCode) || Province is not null)
        {
            return this;
        }

        return _byProvince.GetOrAdd(provinceCode, code =>
        {
            var own = Introductions.Where(i => i.Province == code).ToList();
            var rows = own.Count > 0 ? own : Introductions.Where(i => i.Province == VaccineIntroduction.AnyOtherProvince).ToList();
            if (rows.Count == 0)
            {
                return new ImmunizationSchedule(Rules, LiveSpacingDays, LiveSpacingAppliesToOral, Products, Introductions, Versions, BaselineDate, code);
            }

            var shifted = Rules.Select(rule =>
            {
                var intro = rule.Programme == ImmunizationProgramme.PregnantWomen ? null
                    : rows.FirstOrDefault(i => i.Vaccine == rule.Vaccine && (i.Dose is null || i.Dose == rule.Dose));
                var from = intro is null ? rule.EffectiveFrom : Max(rule.EffectiveFrom, intro.From ?? DateOnly.MaxValue);
                return (Original: rule, Rule: from == rule.EffectiveFrom ? rule : rule with { EffectiveFrom = from });
            }).ToList();

            // Two versions pushed to the same introduction date: the newer one is what the province starts with.
            var adjusted = shifted
                .Where(x => !shifted.Any(y => y.Rule.Vaccine == x.Rule.Vaccine && y.Rule.Dose == x.Rule.Dose
                    && y.Rule.EffectiveFrom == x.Rule.EffectiveFrom && y.Original.EffectiveFrom > x.Original.EffectiveFrom
                    && y.Rule.Programme == x.Rule.Programme))
                .Select(x => x.Rule).ToList();
            return new ImmunizationSchedule(adjusted, LiveSpacingDays, LiveSpacingAppliesToOral, Products, Introductions, Versions, BaselineDate, code);
        });
    }

    public static ImmunizationSchedule Load(Stream json) => Load(json, null, null);

    public static ImmunizationSchedule Load(Stream json, Stream? products, Stream? introductions)
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
        var catalogue = products is null ? [] : LoadProducts(products);
        var intros = introductions is null ? [] : VaccineIntroduction.ParseCsv(introductions);
        foreach (var intro in intros)
        {
            if (!rules.Any(r => r.Vaccine == intro.Vaccine && (intro.Dose is null || r.Dose == intro.Dose)))
            {
                throw new InvalidDataException($"Vaccine introductions: {intro.Vaccine} {intro.Dose} is not in the schedule.");
            }
        }

        var versions = MapVersions(document.Versions, rules);
        return new ImmunizationSchedule(rules, spacing.MinimumDays, spacing.AppliesToOral, catalogue, intros, versions);
    }

    // The versions in date order, each ending where the next starts; every rule must start with one of them (a row
    // cites the version that introduced it).
    private static List<ScheduleVersion> MapVersions(List<VersionDocument>? documents, List<ScheduleRule> rules)
    {
        if (documents is not { Count: > 0 })
        {
            return [];
        }

        var versions = new List<ScheduleVersion>(documents.Count);
        foreach (var (d, i) in documents.Select((d, i) => (d, i)))
        {
            if (d.EffectiveFrom is not { } from || string.IsNullOrWhiteSpace(d.LegalBasis) || d.Confidence is not ("high" or "medium" or "low"))
            {
                throw new InvalidDataException($"Immunization schedule version #{i + 1}: effectiveFrom, legalBasis and confidence (high, medium, low) are required.");
            }

            versions.Add(new ScheduleVersion(from, d.EffectiveTo, d.LegalBasis, d.Confidence, d.Note, d.Changes));
        }

        for (var i = 0; i < versions.Count; i++)
        {
            var next = i + 1 < versions.Count ? versions[i + 1].EffectiveFrom : (DateOnly?)null;
            if (next is { } n && n <= versions[i].EffectiveFrom)
            {
                throw new InvalidDataException("Immunization schedule: versions must be in date order.");
            }

            if (versions[i].EffectiveTo != next)
            {
                throw new InvalidDataException($"Immunization schedule: version {versions[i].LegalBasis} must end where the next one starts ({next:yyyy-MM-dd}).");
            }
        }

        foreach (var rule in rules)
        {
            if (!versions.Any(v => v.EffectiveFrom == rule.EffectiveFrom))
            {
                throw new InvalidDataException($"Immunization schedule: {rule.Vaccine} {rule.Dose} starts on {rule.EffectiveFrom:yyyy-MM-dd}, which is no version's start.");
            }
        }

        return versions;
    }

    private static List<VaccineProduct> LoadProducts(Stream json)
    {
        ProductCatalogueDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ProductCatalogueDocument>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Vaccine product catalogue is not valid JSON: {ex.Message}", ex);
        }

        var list = new List<VaccineProduct>();
        foreach (var (d, i) in (document?.Products ?? []).Select((d, i) => (d, i)))
        {
            var where = $"product #{i + 1} ({d.Code})";
            if (string.IsNullOrWhiteSpace(d.Code) || VaccineCodes.IsKnown(d.Code) || list.Any(p => p.Code == d.Code))
            {
                throw new InvalidDataException($"Vaccine product catalogue {where}: the code is missing, repeated or a schedule code.");
            }

            if (d.Antigens is not { Count: > 0 } || d.MinimumAge is null || d.Name is null || d.NameVi is null)
            {
                throw new InvalidDataException($"Vaccine product catalogue {where}: name, nameVi, antigens and minimumAge are required.");
            }

            list.Add(new VaccineProduct
            {
                Code = d.Code,
                Name = d.Name,
                NameVi = d.NameVi,
                Antigens = d.Antigens,
                Live = d.Live,
                Route = d.Route == "oral" ? VaccineRoute.Oral : d.Route == "injection" ? VaccineRoute.Injection
                    : throw new InvalidDataException($"Vaccine product catalogue {where}: unknown route '{d.Route}'."),
                MinimumAge = ToAge(d.MinimumAge)!.Value,
                MaximumAge = ToAge(d.MaximumAge),
                Source = d.Source,
            });
        }

        return list;
    }

    /// <summary>True for a vaccine code that has doses in the child schedule (routine or high-risk areas).</summary>
    public bool IsChildVaccine(string code) => _childCodes.ContainsKey(code);

    /// <summary>True for a vaccine code with rules in the pregnant-women schedule (Td).</summary>
    public bool IsPregnantWomenVaccine(string code) =>
        Rules.Any(r => r.Programme == ImmunizationProgramme.PregnantWomen && string.Equals(r.Vaccine, code, StringComparison.Ordinal));

    /// <summary>True for a schedule vaccine code or a product of the catalogue: what a dose can be recorded as.</summary>
    public bool IsRecordable(string code) => VaccineCodes.IsKnown(code) || _productIndex.ContainsKey(code);

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

    // The day number a dose stops being given (its newest version's maximum age), or null without one.
    internal int? MaximumAgeDay(int codeIndex, int dose, DateOnly birthDate)
    {
        foreach (var slot in Slots)
        {
            if (slot.CodeIndex == codeIndex && slot.Dose == dose)
            {
                return slot.Versions[0].MaximumAge?.AddTo(birthDate).DayNumber;
            }
        }

        return null;
    }

    private static ImmunizationSchedule LoadEmbedded()
    {
        using var stream = Embedded(ResourceName);
        using var products = Embedded(ProductsResourceName);
        using var introductions = Embedded(IntroductionsResourceName);
        return Load(stream, products, introductions);
    }

    private static Stream Embedded(string name) =>
        typeof(ImmunizationSchedule).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from CoSo.Core.");

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    // Each product's candidate codes: the schedule codes whose antigens (those of dose 1's newest version) the product
    // all contains, in schedule order, with antigen bit masks so one dose credits at most one slot per antigen.
    private static (IReadOnlyList<VaccineProduct>, Dictionary<string, int>, CompiledProduct[], int[], CompiledProduct?[], string[]) CompileProducts(
        IReadOnlyList<VaccineProduct> products, ScheduleSlot[] slots, Dictionary<string, int> codes, bool liveSpacingAppliesToOral)
    {
        var antigenBits = new Dictionary<string, int>(StringComparer.Ordinal);
        ulong Mask(IEnumerable<string> antigens)
        {
            ulong mask = 0;
            foreach (var a in antigens)
            {
                if (!antigenBits.TryGetValue(a, out var bit))
                {
                    antigenBits[a] = bit = antigenBits.Count;
                    if (bit >= 64)
                    {
                        throw new InvalidDataException("Immunization schedule: more than 64 antigens.");
                    }
                }

                mask |= 1UL << bit;
            }

            return mask;
        }

        var codeMasks = new ulong[codes.Count];
        var doseCounts = new int[codes.Count];
        foreach (var slot in slots)
        {
            if (slot.Dose == 1)
            {
                codeMasks[slot.CodeIndex] = Mask(slot.Versions[0].Antigens);
            }

            doseCounts[slot.CodeIndex] = Math.Max(doseCounts[slot.CodeIndex], slot.Dose);
        }

        var names = codes.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray();
        int[] CandidatesOf(ulong mask) => [.. Enumerable.Range(0, codes.Count)
            .Where(c => codeMasks[c] != 0 && (codeMasks[c] & ~mask) == 0)
            .OrderBy(c => Array.FindIndex(slots, s => s.CodeIndex == c))];

        var multi = new CompiledProduct?[codes.Count];
        for (var c = 0; c < codes.Count; c++)
        {
            var candidates = CandidatesOf(codeMasks[c]);
            if (candidates.Length > 1)
            {
                multi[c] = new CompiledProduct(names[c], default, null, candidates, [.. candidates.Select(x => codeMasks[x])], false);
            }
        }

        var withCodes = new List<VaccineProduct>(products.Count);
        var compiled = new CompiledProduct[products.Count];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < products.Count; i++)
        {
            var product = products[i];
            var mask = Mask(product.Antigens);
            var candidates = CandidatesOf(mask);
            withCodes.Add(product with { CreditsCodes = [.. candidates.Select(c => names[c])] });
            compiled[i] = new CompiledProduct(
                product.Code, product.MinimumAge, product.MaximumAge, candidates, [.. candidates.Select(c => codeMasks[c])],
                product.Live && (product.Route != VaccineRoute.Oral || liveSpacingAppliesToOral));
            index[product.Code] = i;
        }

        return (withCodes, index, compiled, doseCounts, multi, names);
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
