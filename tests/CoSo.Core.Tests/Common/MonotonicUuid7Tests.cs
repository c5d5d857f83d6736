using CoSo.Core.Common;

namespace CoSo.Core.Tests.Common;

public sealed class MonotonicUuid7Tests
{
    [Fact]
    public void Ids_made_in_one_millisecond_still_increase_and_stay_version_7()
    {
        var ids = new MonotonicUuid7();
        var made = Enumerable.Range(0, 100_000).Select(_ => ids.Next()).ToList();

        // 100,000 ids take a few milliseconds: most share their millisecond with others, where Guid.CreateVersion7 alone is unordered.
        Assert.True(made.Zip(made.Skip(1)).All(pair => pair.First.CompareTo(pair.Second) < 0));
        Assert.All(made, id => Assert.Equal(7, id.Version));
        Assert.All(made, id => Assert.Equal(0b10, id.ToByteArray(bigEndian: true)[8] >> 6));
    }

    [Fact]
    public void Guid_create_version_7_alone_is_not_ordered_within_a_millisecond()
    {
        // Why the class exists: if this ever held, MonotonicUuid7 could go.
        var made = Enumerable.Range(0, 100_000).Select(_ => Guid.CreateVersion7()).ToList();

        Assert.Contains(made.Zip(made.Skip(1)), pair => pair.First.CompareTo(pair.Second) > 0);
    }
}
