namespace CoSo.Core.Immunization;

// The JSON shape of data/immunization/products.json; mapped to VaccineProduct by ImmunizationSchedule.
internal sealed class ProductCatalogueDocument
{
    public int SchemaVersion { get; set; }
    public List<ProductDocument> Products { get; set; } = [];
}

internal sealed class ProductDocument
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? NameVi { get; set; }
    public List<string>? Antigens { get; set; }
    public bool Live { get; set; }
    public string? Route { get; set; }
    public AgeDocument? MinimumAge { get; set; }
    public AgeDocument? MaximumAge { get; set; }
    public string? Source { get; set; }
}
