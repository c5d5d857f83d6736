using CoSo.Core.Reception;
using CoSo.Data.Common;

namespace CoSo.Data.Reception;

/// <summary>The BHYT coverage rules of data/bhyt/coverage-rules.json, read once.</summary>
public sealed class CoverageRulesProvider
{
    private readonly Lazy<CoverageRules> _rules = new(() => CoverageRules.Parse(File.ReadAllText(DataFiles.PathOf("bhyt/coverage-rules.json"))));

    public CoverageRules Rules => _rules.Value;
}
