namespace CoSo.Core.Bhyt;

/// <summary>The amounts of one claim line (đồng): facility amount, insured amount, fund pays, co-payment, patient
/// pays outside the fund, other sources.</summary>
public sealed record LineAmounts(decimal Bv, decimal Bh, decimal Bhtt, decimal Bncct, decimal Bntt, decimal NguonKhac);
