namespace CoSo.Core.People;

/// <summary>
/// A person-level row: it belongs to an org unit (access scope) and a province (distribution key on Citus).
/// Every such row is filtered by the user's scope and audited on write.
/// </summary>
public interface IPersonOwned
{
    string ProvinceCode { get; }

    Guid OrgUnitId { get; }

    /// <summary>The resident this row is about (for a person, its own id; for a household, its head or empty).</summary>
    Guid? SubjectPersonId { get; }
}
