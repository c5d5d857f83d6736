using System.Globalization;
using CoSo.Core.Common;

namespace CoSo.Core.Surveillance;

/// <summary>
/// The notifiable communicable diseases (TT 54/2015/TT-BYT) with their ICD-10 codes, loaded from
/// data/surveillance/notifiable-diseases.csv, which is embedded in this assembly.
/// </summary>
public sealed class NotifiableDiseaseCatalogue
{
    private const string ResourceName = "CoSo.Core.Surveillance.notifiable-diseases.csv";

    private const string Header =
        "code,name_vi,name_en,group,report_hours,icd10_prefixes,alert_min_cases,alert_window_days,ears_min_sigma,ears_min_cases," +
        "commune_ears_method,commune_ears_min_sigma,commune_ears_min_cases,alert_continue_weeks";

    // The format before the commune statistics and the continuation: no commune rule, the default continuation.
    private const string HeaderWithoutCommuneStatistics =
        "code,name_vi,name_en,group,report_hours,icd10_prefixes,alert_min_cases,alert_window_days,ears_min_sigma,ears_min_cases";

    // The format before the statistical columns; its rows get the default StatisticalRule.
    private const string HeaderWithoutStatistics =
        "code,name_vi,name_en,group,report_hours,icd10_prefixes,alert_min_cases,alert_window_days";

    private const int Fields = 14;

    private readonly Dictionary<string, NotifiableDisease> byCode;

    // Normalised prefix → disease, longest first, so "A83.0" (Japanese encephalitis) wins over "A83".
    private readonly (string Prefix, NotifiableDisease Disease)[] prefixes;

    private NotifiableDiseaseCatalogue(List<NotifiableDisease> diseases)
    {
        Diseases = diseases;
        byCode = diseases.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        prefixes = [.. diseases
            .SelectMany(d => d.Icd10Prefixes.Select(p => (Prefix: NormaliseIcd10(p), Disease: d)))
            .OrderByDescending(x => x.Prefix.Length)
            .ThenBy(x => x.Prefix, StringComparer.Ordinal)];
    }

    public IReadOnlyList<NotifiableDisease> Diseases { get; }

    public static NotifiableDiseaseCatalogue LoadDefault()
    {
        using var stream = typeof(NotifiableDiseaseCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Load(stream);
    }

    public static NotifiableDiseaseCatalogue Load(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        var fields = header == Header ? Fields : header == HeaderWithoutCommuneStatistics ? 10 : header == HeaderWithoutStatistics ? 8 : 0;
        if (fields == 0)
        {
            throw new FormatException($"The disease catalogue must start with the header '{Header}'.");
        }

        var diseases = new List<NotifiableDisease>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                diseases.Add(ParseRow(line, lineNumber, fields));
            }
        }

        return new NotifiableDiseaseCatalogue(diseases);
    }

    public NotifiableDisease? FindByCode(string code) => byCode.GetValueOrDefault(code);

    /// <summary>
    /// The diseases a typed text names, for the case form's picker: every word typed (folded: no diacritics, any case)
    /// must begin a word of the Vietnamese or English name, or the code or an ICD-10 prefix must begin with it — so
    /// "sot xuat" and "sốt xuất" find dengue and not typhoid. Ordered by how often the station reported each disease
    /// (<paramref name="frequency"/>, by code), then by Vietnamese name; an empty text lists them all in that order.
    /// </summary>
    public IReadOnlyList<NotifiableDisease> Search(string? text, IReadOnlyDictionary<string, int>? frequency = null)
    {
        var words = Common.TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Diseases
            .Where(d => words.Length == 0 || Matches(d, words))
            .OrderByDescending(d => frequency?.GetValueOrDefault(d.Code) ?? 0)
            .ThenBy(d => Common.TextFolding.Fold(d.NameVi), StringComparer.Ordinal)
            .ToList();
    }

    private static bool Matches(NotifiableDisease d, string[] words)
    {
        var nameWords = (Common.TextFolding.Fold(d.NameVi) + " " + Common.TextFolding.Fold(d.NameEn))
            .Split([' ', '(', ')', '-', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.All(w => nameWords.Any(n => n.StartsWith(w, StringComparison.Ordinal))))
        {
            return true;
        }

        return words.Length == 1 && (d.Code.StartsWith(words[0], StringComparison.OrdinalIgnoreCase)
            || d.Icd10Prefixes.Any(p => p.StartsWith(words[0], StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// The disease an ICD-10 code belongs to ("A90", "a97.1", "B05.2†", "B084" all work), by the
    /// longest matching prefix; null when the code is not notifiable.
    /// </summary>
    public NotifiableDisease? FindByIcd10(string icd10Code)
    {
        var code = NormaliseIcd10(icd10Code);
        if (code.Length == 0)
        {
            return null;
        }

        foreach (var (prefix, disease) in prefixes)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal))
            {
                return disease;
            }
        }

        return null;
    }

    // Dots, daggers and asterisks are presentation: "B08.4", "B084" and "B08.4*" are the same code.
    private static string NormaliseIcd10(string code) =>
        string.Concat(code.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();

    private static NotifiableDisease ParseRow(string line, int lineNumber, int fields)
    {
        var f = CsvFields.Split(line);
        if (f.Count != fields)
        {
            throw new FormatException($"Disease catalogue line {lineNumber}: expected {fields} fields, found {f.Count}.");
        }

        while (f.Count < Fields)
        {
            f = [.. f, string.Empty];
        }

        if (!Enum.TryParse<DiseaseGroup>(f[3], ignoreCase: false, out var group) || !Enum.IsDefined(group))
        {
            throw new FormatException($"Disease catalogue line {lineNumber}: unknown group '{f[3]}'.");
        }

        var icd = f[5].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (icd.Length == 0)
        {
            throw new FormatException($"Disease catalogue line {lineNumber}: no ICD-10 code.");
        }

        FixedThresholdRule? rule = null;
        if (f[6].Length > 0 || f[7].Length > 0)
        {
            rule = new FixedThresholdRule(ParseInt(f[6], lineNumber), ParseInt(f[7], lineNumber));
        }

        var minSigma = StatisticalRule.DefaultMinSigma;
        if (f[8].Length > 0 && (!double.TryParse(f[8], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out minSigma) || minSigma < 0))
        {
            throw new FormatException($"Disease catalogue line {lineNumber}: '{f[8]}' is not a minimum sigma ≥ 0 (decimal point).");
        }

        var statistical = new StatisticalRule(minSigma, f[9].Length > 0 ? ParseInt(f[9], lineNumber) : StatisticalRule.DefaultMinCases);
        return new NotifiableDisease(
            f[0], TextFolding.Nfc(f[1]), f[2].Trim(), group, ParseInt(f[4], lineNumber), icd, rule)
        {
            Statistical = statistical,
            CommuneStatistical = ParseCommuneRule(f[10], f[11], f[12], lineNumber),
            AlertContinueWeeks = f[13].Length > 0 ? ParseInt(f[13], lineNumber) : Alerts.AlertEpisodes.DefaultContinueWeeks,
        };
    }

    // Empty method: no commune statistics (the other two columns must be empty too); empty sigma or minimum: the defaults.
    private static CommuneStatisticalRule? ParseCommuneRule(string method, string minSigma, string minCases, int lineNumber)
    {
        if (method.Length == 0)
        {
            return minSigma.Length > 0 || minCases.Length > 0
                ? throw new FormatException($"Disease catalogue line {lineNumber}: a commune minimum sigma or count needs commune_ears_method (C1, C2 or C3).")
                : null;
        }

        if (!Enum.TryParse<Ears.EarsMethod>(method, ignoreCase: false, out var m) || !Enum.IsDefined(m))
        {
            throw new FormatException($"Disease catalogue line {lineNumber}: commune_ears_method '{method}' is not C1, C2 or C3.");
        }

        var sigma = CommuneStatisticalRule.DefaultMinSigma;
        if (minSigma.Length > 0 && (!double.TryParse(minSigma, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out sigma) || sigma < 0))
        {
            throw new FormatException($"Disease catalogue line {lineNumber}: '{minSigma}' is not a minimum sigma ≥ 0 (decimal point).");
        }

        var cases = minCases.Length > 0 ? ParseInt(minCases, lineNumber) : CommuneStatisticalRule.DefaultMinCases;
        return cases < 1
            ? throw new FormatException($"Disease catalogue line {lineNumber}: the commune minimum count must be at least 1.")
            : new CommuneStatisticalRule(m, sigma, cases);
    }

    private static int ParseInt(string text, int lineNumber) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Disease catalogue line {lineNumber}: '{text}' is not a whole number.");
}
