using CoSo.Core.People;

namespace CoSo.Core.Growth;

/// <summary>
/// The WHO Child Growth Standards LMS tables, copied unchanged from anthro's <c>data-raw/growthstandards</c> into
/// <c>data/growth/</c> and embedded in CoSo.Core, so the calculator needs no files at run time.
/// </summary>
public sealed class GrowthStandards
{
    private static readonly Lazy<GrowthStandards> Default = new(LoadEmbedded);

    private readonly LmsTable _weightForAge;
    private readonly LmsTable _lengthForAge;
    private readonly LmsTable _weightForLength;
    private readonly LmsTable _weightForHeight;
    private readonly LmsTable _bmiForAge;

    private GrowthStandards(LmsTable weightForAge, LmsTable lengthForAge, LmsTable weightForLength, LmsTable weightForHeight, LmsTable bmiForAge)
    {
        _weightForAge = weightForAge;
        _lengthForAge = lengthForAge;
        _weightForLength = weightForLength;
        _weightForHeight = weightForHeight;
        _bmiForAge = bmiForAge;
    }

    public static GrowthStandards LoadDefault() => Default.Value;

    /// <summary>Loads the five tables through <paramref name="open"/> (given a file name such as "weianthro.txt").</summary>
    public static GrowthStandards Load(Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        LmsTable Read(string file, int scale)
        {
            using var reader = open(file);
            return LmsTable.Read(reader, file, scale);
        }

        return new GrowthStandards(Read("weianthro.txt", 1), Read("lenanthro.txt", 1), Read("wflanthro.txt", 10), Read("wfhanthro.txt", 10), Read("bmianthro.txt", 1));
    }

    /// <summary>The row of an age-based table on that day of life, or null outside the table.</summary>
    public Lms? AtAge(GrowthIndicator indicator, Sex sex, int ageDays) =>
        AgeTable(indicator).TryGet(sex, ageDays, out var lms) ? lms : null;

    /// <summary>
    /// Weight-for-length (or -height) at a length in cm: L, M and S interpolated linearly between the 0.1 cm rows
    /// below and above, the way anthro does it (truncation to 0.1 cm, then the fraction of the step). Null outside the
    /// table.
    /// </summary>
    public Lms? AtLength(GrowthIndicator indicator, Sex sex, double lengthCm)
    {
        var table = indicator switch
        {
            GrowthIndicator.WeightForLength => _weightForLength,
            GrowthIndicator.WeightForHeight => _weightForHeight,
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "not a length-based table"),
        };

        // anthro: low = trunc(x·10)/10, upp = trunc(x·10 + 1)/10, diff = (x − low)/0.1 — kept as written, so that a
        // length like 65.3 (653.0000000000001 tenths) lands on the same rows.
        if (!double.IsFinite(lengthCm) || lengthCm <= 0 || lengthCm > 1000)
        {
            return null;
        }

        var lowTenths = Math.Truncate(lengthCm * 10);
        var uppTenths = Math.Truncate((lengthCm * 10) + 1);
        var diff = (lengthCm - (lowTenths / 10)) / 0.1;
        if (!table.TryGet(sex, (int)lowTenths, out var low))
        {
            return null;
        }

        if (!(diff > 0))
        {
            return low;
        }

        if (!table.TryGet(sex, (int)uppTenths, out var upp))
        {
            return null;
        }

        return new Lms(low.L + (diff * (upp.L - low.L)), low.M + (diff * (upp.M - low.M)), low.S + (diff * (upp.S - low.S)));
    }

    /// <summary>First and last key of a table: days for the age tables, tenths of a cm for the length tables.</summary>
    public (int First, int Last) Range(GrowthIndicator indicator)
    {
        var table = indicator switch
        {
            GrowthIndicator.WeightForLength => _weightForLength,
            GrowthIndicator.WeightForHeight => _weightForHeight,
            _ => AgeTable(indicator),
        };
        return (table.FirstKey, table.LastKey);
    }

    private LmsTable AgeTable(GrowthIndicator indicator) => indicator switch
    {
        GrowthIndicator.WeightForAge => _weightForAge,
        GrowthIndicator.LengthForAge => _lengthForAge,
        GrowthIndicator.BmiForAge => _bmiForAge,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "not an age-based table"),
    };

    private static GrowthStandards LoadEmbedded() => Load(file =>
    {
        var name = "CoSo.Core.Growth." + file;
        var stream = typeof(GrowthStandards).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from CoSo.Core.");
        return new StreamReader(stream);
    });
}
