using CoSo.Core.Encounters;

namespace CoSo.Data.Fhir;

/// <summary>A row recorded in a visit (a diagnosis, a prescription line) and its visit, joined in the database so the visit's day, last change and void can be filtered and sorted on.</summary>
public sealed class VisitRow<T>
{
    public required T Item { get; init; }

    public required Encounter Visit { get; init; }

    public void Deconstruct(out T item, out Encounter visit) => (item, visit) = (Item, Visit);
}
