using System.Reflection;
using CoSo.Core.Chronic;
using CoSo.Core.Encounters;
using CoSo.Core.FamilyPlanning;
using CoSo.Core.Growth;
using CoSo.Core.Immunization;
using CoSo.Core.Maternal;
using CoSo.Core.Nutrition;
using CoSo.Core.People;
using CoSo.Core.Reception;
using CoSo.Core.Records;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.People;

/// <summary>How a row that names a resident moves when that resident's duplicate record is merged away.</summary>
public enum MergeMove
{
    /// <summary>The row follows the resident: its person id and its station (scope) become the kept resident's.</summary>
    Follows,

    /// <summary>The person id becomes the kept resident's; the row stays at the station that made it (its own history).</summary>
    PersonOnly,

    /// <summary>Moved by a rule of its own in <see cref="PeopleService.MergeAsync"/> (numbering, conflicts).</summary>
    Special,

    /// <summary>Stays as it is: a record of what happened to the duplicate id (the audit trail).</summary>
    Stays,
}

/// <summary>One column that names a resident.</summary>
public sealed record MergeRule(Type Entity, string Property, MergeMove Move, string Why);

/// <summary>
/// Every column of the model that names a resident and what a merge does with it (docs/merging.md). A test
/// compares it with the EF model: a new person-owned type, or a new column pointing at a resident, fails the build
/// until it is listed here. The move runs across the actor's scope (a duplicate's case report may sit at another
/// station): this is one of the reviewed places that switch the scope filter off, and the merge itself is audited.
/// </summary>
public static class MergeRegistry
{
    public static IReadOnlyList<MergeRule> Rules { get; } =
    [
        new(typeof(Person), nameof(Person.MergedIntoId), MergeMove.Special, "records merged earlier into the duplicate now point at the kept one (no chains)"),
        new(typeof(Household), nameof(Household.HeadPersonId), MergeMove.PersonOnly, "the household keeps its head"),
        new(typeof(HealthRecordVersion), nameof(HealthRecordVersion.PersonId), MergeMove.Special, "versions are renumbered after the kept resident's"),
        new(typeof(Encounter), nameof(Encounter.PersonId), MergeMove.Follows, "a visit is part of the resident's record"),
        new(typeof(EncounterDiagnosis), nameof(EncounterDiagnosis.PersonId), MergeMove.Follows, "with its visit"),
        new(typeof(PrescriptionLine), nameof(PrescriptionLine.PersonId), MergeMove.Follows, "with its visit"),
        new(typeof(EncounterRevision), nameof(EncounterRevision.PersonId), MergeMove.Follows, "a visit's earlier versions go with it"),
        new(typeof(Arrival), nameof(Arrival.PersonId), MergeMove.PersonOnly, "the desk's log stays at the receiving station"),
        new(typeof(ChronicEnrolment), nameof(ChronicEnrolment.PersonId), MergeMove.Special, "stays at its station; closed as merged when the kept resident is already in the programme"),
        new(typeof(ChronicFollowUp), nameof(ChronicFollowUp.PersonId), MergeMove.PersonOnly, "with its enrolment"),
        new(typeof(ContraceptiveUse), nameof(ContraceptiveUse.PersonId), MergeMove.Follows, "part of the resident's record"),
        new(typeof(ContraceptiveSupply), nameof(ContraceptiveSupply.PersonId), MergeMove.Follows, "part of the resident's record"),
        new(typeof(GrowthMeasurement), nameof(GrowthMeasurement.PersonId), MergeMove.Follows, "part of the child's record"),
        new(typeof(VitaminADose), nameof(VitaminADose.PersonId), MergeMove.Follows, "part of the child's record"),
        new(typeof(ImmunizationDose), nameof(ImmunizationDose.PersonId), MergeMove.Follows, "part of the immunization card"),
        new(typeof(AefiReport), nameof(AefiReport.PersonId), MergeMove.Follows, "part of the immunization card"),
        new(typeof(Pregnancy), nameof(Pregnancy.PersonId), MergeMove.Follows, "the mother's record"),
        new(typeof(AntenatalContact), nameof(AntenatalContact.PersonId), MergeMove.Follows, "the mother's record"),
        new(typeof(Delivery), nameof(Delivery.PersonId), MergeMove.Follows, "the mother's record"),
        new(typeof(BirthOutcome), nameof(BirthOutcome.PersonId), MergeMove.Follows, "the mother's record"),
        new(typeof(BirthOutcome), nameof(BirthOutcome.NewbornPersonId), MergeMove.PersonOnly, "the newborn's link (the row is the mother's)"),
        new(typeof(PostnatalVisit), nameof(PostnatalVisit.PersonId), MergeMove.Follows, "the mother's or newborn's record"),
        new(typeof(NewbornCheck), nameof(NewbornCheck.PersonId), MergeMove.Follows, "the newborn's record"),
        new(typeof(CaseReport), nameof(CaseReport.PersonId), MergeMove.PersonOnly, "a case belongs to the station that reported it"),
        new(typeof(CaseLabResult), nameof(CaseLabResult.PersonId), MergeMove.PersonOnly, "with its case"),
        new(typeof(Core.Bhyt.BhytClaim), nameof(Core.Bhyt.BhytClaim.PersonId), MergeMove.PersonOnly, "a claim belongs to the station that sent it, as sent"),
        new(typeof(Core.Village.HomeVisit), nameof(Core.Village.HomeVisit.PersonId), MergeMove.Follows, "a home visit is part of the resident's record"),
        new(typeof(Core.Village.VillageSubmission), nameof(Core.Village.VillageSubmission.PersonId), MergeMove.PersonOnly, "what a phone sent stays at the station it went to, naming the kept resident"),
        new(typeof(Core.Audit.AuditEntry), nameof(Core.Audit.AuditEntry.PersonId), MergeMove.Stays, "the audit trail records what was seen under the old id"),
    ];

    /// <summary>Applies every <see cref="MergeMove.Follows"/> and <see cref="MergeMove.PersonOnly"/> rule, tracked (audited, marks indicators).</summary>
    internal static async Task MoveAsync(CoSoDbContext db, Person keep, Person dup, CancellationToken ct)
    {
        var move = typeof(MergeRegistry).GetMethod(nameof(MoveRowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var rule in Rules.Where(r => r.Move is MergeMove.Follows or MergeMove.PersonOnly))
        {
            var property = rule.Entity.GetProperty(rule.Property)!;
            await (Task)move.MakeGenericMethod(rule.Entity).Invoke(null, [db, rule, property.PropertyType == typeof(Guid?), keep, dup, ct])!;
        }
    }

    private static async Task MoveRowsAsync<T>(CoSoDbContext db, MergeRule rule, bool nullable, Person keep, Person dup, CancellationToken ct)
        where T : class
    {
        var query = db.Set<T>().Unfiltered(UnscopedReason.Merge);
        query = nullable
            ? query.Where(e => EF.Property<Guid?>(e, rule.Property) == dup.Id)
            : query.Where(e => EF.Property<Guid>(e, rule.Property) == dup.Id);
        if (db.Model.FindEntityType(typeof(T))!.FindProperty("ProvinceCode") is not null)
        {
            query = query.Where(e => EF.Property<string>(e, "ProvinceCode") == dup.ProvinceCode);
        }

        foreach (var row in await query.ToListAsync(ct))
        {
            var entry = db.Entry(row);
            entry.Property(rule.Property).CurrentValue = nullable ? (Guid?)keep.Id : keep.Id;
            if (rule.Move == MergeMove.Follows && entry.Metadata.FindProperty("OrgUnitId") is not null)
            {
                entry.Property("OrgUnitId").CurrentValue = keep.OrgUnitId;
            }
        }
    }
}
