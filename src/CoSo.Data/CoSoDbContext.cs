using CoSo.Core.Audit;
using CoSo.Core.Encounters;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data;

/// <summary>
/// The one place where person-level data is scoped and audited: every person-level entity gets a query filter on
/// the actor's scope, and every write of one adds an audit entry in the same SaveChanges (same transaction).
/// Provider-specific subclasses exist only to hold each provider's migrations.
/// </summary>
public class CoSoDbContext : DbContext, Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    private readonly ICurrentActor _actor;
    private readonly TimeProvider _time;

    public CoSoDbContext(DbContextOptions options, ICurrentActor actor, TimeProvider time)
        : base(options)
    {
        _actor = actor;
        _time = time;
    }

    public DbSet<AdminUnit> AdminUnits => Set<AdminUnit>();

    public DbSet<AdminUnitSuccessor> AdminUnitSuccessors => Set<AdminUnitSuccessor>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<StationCatchment> StationCatchments => Set<StationCatchment>();

    public DbSet<IcdCode> IcdCodes => Set<IcdCode>();

    public DbSet<Core.Pharmacy.Drug> Drugs => Set<Core.Pharmacy.Drug>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<HealthRecordVersion> HealthRecords => Set<HealthRecordVersion>();

    public DbSet<Encounter> Encounters => Set<Encounter>();

    public DbSet<Operations.JobLease> JobLeases => Set<Operations.JobLease>();

    public DbSet<EncounterDiagnosis> EncounterDiagnoses => Set<EncounterDiagnosis>();

    public DbSet<PrescriptionLine> PrescriptionLines => Set<PrescriptionLine>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<UserOrgUnit> UserOrgUnits => Set<UserOrgUnit>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>Client assertions spent at the token endpoint (replay protection of system clients).</summary>
    public DbSet<Identity.ClientAssertionUse> ClientAssertionUses => Set<Identity.ClientAssertionUse>();

    public DbSet<Fhir.FhirExportJob> FhirExportJobs => Set<Fhir.FhirExportJob>();

    /// <summary>The ASP.NET Core Data Protection key ring (cookie and antiforgery keys), shared by every web node.</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Reads of residents' data, one row per request or page operation listing the residents shown (ADR 0011).</summary>
    public DbSet<ReadAuditEntry> ReadAudits => Set<ReadAuditEntry>();

    public DbSet<Core.Bhyt.BhytClaim> BhytClaims => Set<Core.Bhyt.BhytClaim>();

    public DbSet<Core.Bhyt.BhytClaimBatch> BhytClaimBatches => Set<Core.Bhyt.BhytClaimBatch>();

    public ICurrentActor Actor => _actor;

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// A context from <see cref="Operations.IReadOnlyDbContextFactory"/> (the read database, possibly a standby): it
    /// tracks nothing, and its SaveChanges and AuditRead throw. Writes, read audit rows included, go through the primary context.
    /// </summary>
    public bool IsReadOnly { get; private set; }

    internal void MarkReadOnly()
    {
        IsReadOnly = true;
        ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        ChangeTracker.AutoDetectChangesEnabled = false;
    }

    private void RefuseIfReadOnly()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException("This context reads the read database (a standby): it does not write. Save through the primary CoSoDbContext, read audit rows included.");
        }
    }

    // Read by the query filters: EF parameterises members of the context per instance.
    private bool ScopeAll => _actor.Scope.All;

    private Guid[] ScopeUnitIds => _actor.Scope.UnitIds;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CoSoDbContext).Assembly);
        Identity.SystemClients.ConfigureModel(modelBuilder);

        modelBuilder.Entity<Person>().HasQueryFilter(p => ScopeAll || ScopeUnitIds.Contains(p.OrgUnitId) || (p.VillageId != null && ScopeUnitIds.Contains(p.VillageId.Value)));
        modelBuilder.Entity<Household>().HasQueryFilter(h => ScopeAll || ScopeUnitIds.Contains(h.OrgUnitId) || (h.VillageId != null && ScopeUnitIds.Contains(h.VillageId.Value)));

        // Every other person-level entity (visits, records, and whatever a feature adds that implements IPersonOwned)
        // is scoped by its managing unit without further code: forgetting a filter is not possible.
        var scoped = new HashSet<Type> { typeof(Person), typeof(Household) };
        var apply = typeof(CoSoDbContext).GetMethod(nameof(ApplyScopeFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        foreach (var type in modelBuilder.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => typeof(IPersonOwned).IsAssignableFrom(t) && !scoped.Contains(t)).ToList())
        {
            apply.MakeGenericMethod(type).Invoke(this, [modelBuilder]);
        }

        ApplyStationFilters(modelBuilder);
    }

    // Station stock is not personal data, but one station's pharmacy is still not another's business.
    private void ApplyStationFilters(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Core.Pharmacy.StockLot>().HasQueryFilter(l => ScopeAll || ScopeUnitIds.Contains(l.StationId));
        modelBuilder.Entity<Core.Pharmacy.StockMovement>().HasQueryFilter(m => ScopeAll || ScopeUnitIds.Contains(m.StationId));
        modelBuilder.Entity<Core.Bhyt.BhytClaimBatch>().HasQueryFilter(b => ScopeAll || ScopeUnitIds.Contains(b.StationId));
    }

    private void ApplyScopeFilter<T>(ModelBuilder modelBuilder)
        where T : class, IPersonOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(e => ScopeAll || ScopeUnitIds.Contains(e.OrgUnitId));

    /// <summary>
    /// Records that a resident was shown (a read or a search) or another event on one record (a denied attempt, an
    /// allergy override). Reads are
    /// gathered per source and written as one <see cref="ReadAuditEntry"/> listing every resident shown, with the next
    /// SaveChanges (the request's or the page operation's); a denial is an <see cref="AuditEntry"/> naming the id asked for.
    /// </summary>
    public void AuditRead(string action, string source, Guid? entityId, Guid? personId, string? provinceCode)
    {
        RefuseIfReadOnly();

        // A denial, a merge's move or an allergy override names one record: a full entry of its own.
        if (action is not (AuditActions.Read or AuditActions.Search) || personId is null)
        {
            AuditEntries.Add(NewAudit(action, source, entityId, personId, provinceCode));
            return;
        }

        var key = (action, source, entityId);
        if (!_pendingReads.TryGetValue(key, out var pending))
        {
            pending = new PendingRead();
            _pendingReads[key] = pending;
        }

        if (pending.People.Add(personId.Value))
        {
            pending.Provinces.Add(provinceCode ?? string.Empty);
        }
    }

    /// <summary>Audits, and saves at once, the read of every resident a service hands out (one row listing them).</summary>
    public async Task AuditReadsAsync(string where, IEnumerable<(Guid PersonId, string ProvinceCode)> people, CancellationToken ct = default)
    {
        var any = false;
        foreach (var (personId, province) in people)
        {
            AuditRead(AuditActions.Read, where, null, personId, province);
            any = true;
        }

        if (any)
        {
            await SaveChangesAsync(ct);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseIfReadOnly();

        // A save with nothing but the read trail (a request or page operation that only read) goes to the group commit:
        // it waits for its rows like a save, but shares the transaction with the other requests of the moment.
        if (_pendingReads.Count > 0 && Database.CurrentTransaction is null && !ChangeTracker.HasChanges() && ReadWriter is { } writer)
        {
            var rows = PendingReadRows();
            await writer.WriteAsync(rows, cancellationToken);
            return rows.Count;
        }

        Access.WritePolicy.Demand(_actor, this);
        AddWriteAudits();
        AddVillageChanges();
        AddPendingReads();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The application's writer when the context comes from its container (AddCoSoData); none for a context built by hand.
    private Audit.ReadAuditWriter? ReadWriter =>
        ((Microsoft.EntityFrameworkCore.Infrastructure.IInfrastructure<IServiceProvider>)this).Instance
            .GetService(typeof(Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptions)) is Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptions options
        && options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider is { } app
            ? app.GetService(typeof(Audit.ReadAuditWriter)) as Audit.ReadAuditWriter
            : null;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseIfReadOnly();
        Access.WritePolicy.Demand(_actor, this);
        AddWriteAudits();
        AddVillageChanges();
        AddPendingReads();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private readonly Dictionary<(string Action, string Source, Guid? EntityId), PendingRead> _pendingReads = [];

    private sealed class PendingRead
    {
        public HashSet<Guid> People { get; } = [];

        public HashSet<string> Provinces { get; } = [];
    }

    private void AddPendingReads() => ReadAudits.AddRange(PendingReadRows());

    private List<ReadAuditEntry> PendingReadRows()
    {
        var rows = new List<ReadAuditEntry>(_pendingReads.Count);
        foreach (var ((action, source, entityId), pending) in _pendingReads)
        {
            rows.Add(new ReadAuditEntry
            {
                Id = Guid.CreateVersion7(),
                At = _time.GetUtcNow(),
                UserId = _actor.UserId,
                UserName = _actor.UserName,
                RemoteAddress = _actor.RemoteAddress,
                Action = action,
                Source = source.Length <= 200 ? source : source[..200],
                EntityId = entityId,
                ProvinceCode = pending.Provinces.Count == 1 && pending.Provinces.First() is { Length: > 0 } p ? p : null,
                PersonIds = [.. pending.People],
            });
        }

        _pendingReads.Clear();
        return rows;
    }

    private void AddWriteAudits()
    {
        var audits = new List<AuditEntry>();
        foreach (var entry in ChangeTracker.Entries<IPersonOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            // Child rows (diagnoses, prescription lines) are covered by their parent visit's entry.
            if (entry.Entity is EncounterDiagnosis or PrescriptionLine)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditActions.Create,
                EntityState.Deleted => AuditActions.Delete,
                _ => AuditActions.Update,
            };
            var id = entry.Property("Id").CurrentValue as Guid?;
            audits.Add(NewAudit(action, entry.Metadata.ClrType.Name, id, entry.Entity.SubjectPersonId, entry.Entity.ProvinceCode));
        }

        AuditEntries.AddRange(audits);
    }

    /// <summary>
    /// The village change log (ADR 0019): every write of a resident or household of a village adds a row under its
    /// village (both villages for a move), in the same transaction, so a phone's "changes since N" cannot miss it.
    /// </summary>
    private void AddVillageChanges()
    {
        List<Core.Village.VillageChange>? changes = null;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var (kind, id) = entry.Entity switch
            {
                Person p => (Core.Village.VillageChangeKind.Person, p.Id),
                Household h => (Core.Village.VillageChangeKind.Household, h.Id),
                _ => (default(Core.Village.VillageChangeKind), Guid.Empty),
            };
            if (id == Guid.Empty)
            {
                continue;
            }

            var village = entry.Property("VillageId");
            var current = village.CurrentValue as Guid?;
            var original = entry.State == EntityState.Added ? null : village.OriginalValue as Guid?;
            foreach (var v in new[] { current, original }.Where(v => v is not null).Distinct())
            {
                (changes ??= []).Add(new Core.Village.VillageChange { VillageId = v!.Value, Kind = kind, EntityId = id, ChangedAt = _time.GetUtcNow() });
            }
        }

        if (changes is not null)
        {
            Set<Core.Village.VillageChange>().AddRange(changes);
        }
    }

    private AuditEntry NewAudit(string action, string entityType, Guid? entityId, Guid? personId, string? provinceCode) => new()
    {
        Id = Guid.CreateVersion7(),
        At = _time.GetUtcNow(),
        UserId = _actor.UserId,
        UserName = _actor.UserName,
        RemoteAddress = _actor.RemoteAddress,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        PersonId = personId,
        ProvinceCode = provinceCode,
    };
}
