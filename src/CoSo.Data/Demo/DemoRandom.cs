namespace CoSo.Data.Demo;

/// <summary>
/// The single random stream of a demo run. Ids are v7-shaped (timestamp + random bits) but built from a fixed base
/// time and this stream rather than the clock, so that a seed always yields the same rows.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    private static readonly long BaseUnixMs = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private readonly Random _random = new(seed);
    private long _tick;

    public Guid NextGuid()
    {
        _tick++;
        var ms = BaseUnixMs + _tick;
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }

        _random.NextBytes(bytes[6..]);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Next(int min, int maxExclusive) => _random.Next(min, maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public double NextDouble() => _random.NextDouble();

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A normally distributed value (Box–Muller), for vitals.</summary>
    public double Normal(double mean, double sd)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    public string Digits(int count)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + _random.Next(10));
        }

        return new string(chars);
    }
}
