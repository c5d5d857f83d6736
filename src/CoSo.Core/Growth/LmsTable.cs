using System.Globalization;
using CoSo.Core.People;

namespace CoSo.Core.Growth;

/// <summary>
/// One anthro table held as two arrays (boys, girls) indexed by an integer key: the age in days, or the length in
/// tenths of a centimetre. anthro joins on the key; a contiguous array is the same lookup without a hash.
/// </summary>
internal sealed class LmsTable
{
    private readonly Lms[] _male;
    private readonly Lms[] _female;

    private LmsTable(int firstKey, Lms[] male, Lms[] female)
    {
        FirstKey = firstKey;
        _male = male;
        _female = female;
    }

    public int FirstKey { get; }

    public int LastKey => FirstKey + _male.Length - 1;

    public bool TryGet(Sex sex, int key, out Lms lms)
    {
        var rows = sex == Sex.Female ? _female : _male;
        var i = key - FirstKey;
        if (i < 0 || i >= rows.Length)
        {
            lms = default;
            return false;
        }

        lms = rows[i];
        return true;
    }

    /// <summary>
    /// Reads anthro's tab-separated layout (<c>sex, key, l, m, s[, loh]</c>, a header line, 1 = male, 2 = female).
    /// <paramref name="keyScale"/> is 1 for days, 10 for lengths in 0.1 cm rows.
    /// </summary>
    public static LmsTable Read(TextReader reader, string name, int keyScale)
    {
        var rows = new List<(int Sex, int Key, Lms Lms)>();
        _ = reader.ReadLine() ?? throw new InvalidDataException($"{name}: empty table.");
        string? line;
        var lineNo = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < 5)
            {
                throw new InvalidDataException($"{name} line {lineNo}: expected sex, key, l, m, s.");
            }

            var key = double.Parse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture) * keyScale;
            rows.Add((int.Parse(cells[0], CultureInfo.InvariantCulture), (int)Math.Round(key),
                new Lms(Parse(cells[2]), Parse(cells[3]), Parse(cells[4]))));
        }

        var male = Arrange(rows, 1, name, out var first);
        var female = Arrange(rows, 2, name, out var firstFemale);
        if (first != firstFemale || male.Length != female.Length)
        {
            throw new InvalidDataException($"{name}: boys and girls cover different keys.");
        }

        return new LmsTable(first, male, female);
    }

    private static Lms[] Arrange(List<(int Sex, int Key, Lms Lms)> rows, int sex, string name, out int first)
    {
        var mine = rows.Where(r => r.Sex == sex).OrderBy(r => r.Key).ToList();
        if (mine.Count == 0)
        {
            throw new InvalidDataException($"{name}: no rows for sex {sex}.");
        }

        first = mine[0].Key;
        for (var i = 0; i < mine.Count; i++)
        {
            if (mine[i].Key != first + i)
            {
                throw new InvalidDataException($"{name}: sex {sex} has a gap or a repeat at key {mine[i].Key}.");
            }
        }

        return mine.Select(r => r.Lms).ToArray();
    }

    private static double Parse(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}
