using System.Buffers.Binary;

namespace CoSo.Core.Common;

/// <summary>
/// UUIDv7 values that strictly increase in the order they are made, even within one millisecond
/// (<see cref="Guid.CreateVersion7()"/> fills the bits below the millisecond at random, so two ids of the same
/// millisecond compare either way). Where "earlier" must mean "made first" — rows of an import in file order — ids
/// come from one instance; PostgreSQL's uuid order and <see cref="Guid.CompareTo(Guid)"/> both follow it. Not thread-safe.
/// </summary>
public sealed class MonotonicUuid7
{
    // The 62 random bits after the variant (RFC 9562 rand_b): incrementing them keeps version and variant intact.
    private static readonly UInt128 RandB = (UInt128.One << 62) - 1;
    private UInt128 _last;

    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        Guid.CreateVersion7().TryWriteBytes(bytes, bigEndian: true, out _);
        var value = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        if (value <= _last)
        {
            // Same millisecond (or the clock went back): one more than the last, unless its random tail is exhausted.
            value = (_last & RandB) == RandB ? NextMillisecond() : _last + 1;
        }

        _last = value;
        BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        return new Guid(bytes, bigEndian: true);
    }

    private UInt128 NextMillisecond()
    {
        Span<byte> bytes = stackalloc byte[16];
        while (true)
        {
            Guid.CreateVersion7().TryWriteBytes(bytes, bigEndian: true, out _);
            var value = BinaryPrimitives.ReadUInt128BigEndian(bytes);
            if (value > _last)
            {
                return value;
            }

            Thread.Sleep(1);
        }
    }
}
