namespace CoSo.Core.Chronic;

/// <summary>
/// The health status that individualises the glycaemic target of an older person with diabetes (Ministry of Health
/// 2020 type 2 diabetes guideline, QĐ 5481/QĐ-BYT, table 4): healthy, several conditions / intermediate health,
/// very complex or poor health.
/// </summary>
public enum OlderAdultHealth
{
    Healthy = 1,
    Intermediate = 2,
    Poor = 3,
}
