namespace CoSo.Core.Bhyt;

/// <summary>Units of one drug handed out from one lot, at the lot's unit purchase price.</summary>
public sealed record ClaimDrug(
    string MaThuoc, string Name, string Unit, string Strength, string Route, string Form, string Dose, string? RegistrationNo, string? Tender,
    bool InScope, decimal Quantity, decimal UnitPrice, DateTime OrderedAt);
