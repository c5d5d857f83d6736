namespace CoSo.Web.Components.Growth;

/// <summary>One of the child's points on a growth chart: day of life and the value plotted (kg, or cm in the reference position).</summary>
public readonly record struct GrowthChartPoint(int AgeDays, double Value);
