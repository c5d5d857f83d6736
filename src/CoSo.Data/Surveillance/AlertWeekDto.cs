namespace CoSo.Data.Surveillance;

/// <summary>One signalled week of an alert: the methods that fired (<c>Methods</c>) and the figures of the first of them.</summary>
public sealed record AlertWeekDto(
    string Period, DateOnly EvaluatedOn, string Method, IReadOnlyList<string> Methods, int Count, double? Mean, double? StandardDeviation,
    double? UpperBound, double? Statistic);
