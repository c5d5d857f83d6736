namespace CoSo.Core.Immunization;

/// <summary>
/// A vaccine product of the catalogue (<c>data/immunization/products.json</c>): a service vaccine or a brand whose dose
/// credits the schedule slots whose antigens it contains. <see cref="MinimumAge"/> and <see cref="MaximumAge"/>
/// (exclusive) are the product's licensed ages; <see cref="CreditsCodes"/> are the schedule's vaccine codes it can
/// credit, in schedule order.
/// </summary>
public sealed record VaccineProduct
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string NameVi { get; init; }
    public required IReadOnlyList<string> Antigens { get; init; }
    public required bool Live { get; init; }
    public required VaccineRoute Route { get; init; }
    public required AgeOffset MinimumAge { get; init; }
    public AgeOffset? MaximumAge { get; init; }
    public string? Source { get; init; }
    public IReadOnlyList<string> CreditsCodes { get; init; } = [];
}
