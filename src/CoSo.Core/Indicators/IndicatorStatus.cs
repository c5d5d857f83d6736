namespace CoSo.Core.Indicators;

public enum IndicatorStatus
{
    Ok = 1,

    /// <summary>The indicator's source data does not exist yet (its feature is not installed): shown "Chưa có dữ liệu", never 0 %.</summary>
    NoData = 2,
}
