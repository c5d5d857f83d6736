namespace CoSo.Core.Indicators;

public enum IndicatorDirection
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}
