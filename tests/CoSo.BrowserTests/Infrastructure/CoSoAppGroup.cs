namespace CoSo.BrowserTests.Infrastructure;

/// <summary>One server and one browser for all browser tests: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class CoSoAppGroup : ICollectionFixture<CoSoApp>
{
    public const string Name = "CoSo app";
}
