namespace CoSo.Core.Bhyt;

/// <summary>One field of a claim table as the QĐ 4750 appendix and its checking sheet define it.</summary>
/// <param name="Numeric">"Số" (a number or a coded date) rather than "Chuỗi".</param>
/// <param name="MaxLength">Null for "n" (no limit).</param>
public sealed record ClaimField(string Table, int Seq, string Name, bool Numeric, int? MaxLength, bool Required);
