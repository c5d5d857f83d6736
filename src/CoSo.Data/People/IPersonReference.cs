namespace CoSo.Data.People;

/// <summary>
/// A response that carries residents' data. The web layer's audit filter writes one "read" entry per resident
/// found in any response implementing this, so no endpoint has to remember to audit.
/// </summary>
public interface IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> People { get; }

    /// <summary>True when the residents were found by a search (audited as a search, not a read), whatever the method.</summary>
    bool IsSearch => this is PersonPage;
}
