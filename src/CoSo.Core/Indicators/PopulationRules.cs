using CoSo.Core.Common;

namespace CoSo.Core.Indicators;

/// <summary>Field rules of a population figure (the CSV import and the API share them).</summary>
public static class PopulationRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>Above Vietnam's whole population (≈ 101 million in 2024) no unit's figure can be right.</summary>
    public const long MaxPopulation = 200_000_000;

    public const int MaxSourceLength = 200;

    public static void Validate(int year, long population, string? source, ValidationErrors errors)
    {
        if (year is < MinYear or > MaxYear)
        {
            errors.Add("year", "population.year", MinYear, MaxYear);
        }

        if (population is < 1 or > MaxPopulation)
        {
            errors.Add("population", "population.value");
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            errors.Add("source", "population.source");
        }
        else if (source.Trim().Length > MaxSourceLength)
        {
            errors.Add("source", "population.sourceLength", MaxSourceLength);
        }
    }
}
