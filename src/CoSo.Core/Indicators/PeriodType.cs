namespace CoSo.Core.Indicators;

public enum PeriodType
{
    Month = 1,
    Quarter = 2,
    Year = 3,
}
