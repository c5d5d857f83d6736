using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

/// <summary>A pregnancy that ends without a delivery (or was not one).</summary>
public sealed record PregnancyEndInput(PregnancyEndReason Reason, DateOnly? On = null);
