using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Fhir;

public enum FhirExportStatus
{
    Running,
    Done,
    Failed,
}

/// <summary>
/// A FHIR bulk export (Bulk Data Access IG v2) as the database keeps it, so its status and files outlive the process
/// that ran it and are served by any node that sees the export directory: who asked (<see cref="Owner"/>), what, how
/// far the walk has come, its files once done and when they expire. It holds no personal data: types and counts only.
/// </summary>
public sealed class FhirExportJob
{
    public Guid Id { get; set; }

    /// <summary><c>user:&lt;id&gt;</c> or <c>client:&lt;client_id&gt;</c>: only this requester sees the status and the files.</summary>
    public string Owner { get; set; } = string.Empty;

    /// <summary>The kick-off URL, as the manifest repeats it.</summary>
    public string Request { get; set; } = string.Empty;

    public DateTimeOffset TransactionTime { get; set; }

    public string Directory { get; set; } = string.Empty;

    public FhirExportStatus Status { get; set; }

    /// <summary>"Patient: 5000, Observation: 10000" while running.</summary>
    public string Progress { get; set; } = string.Empty;

    /// <summary>The files once done, as JSON <c>[{"type","file","count"}]</c> in the order the types were asked.</summary>
    public string? Outputs { get; set; }

    /// <summary>The running node's heartbeat: a running export not updated for a while was interrupted (its process stopped).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the files are deleted (set when the export is done or failed).</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}

internal sealed class FhirExportJobConfiguration : IEntityTypeConfiguration<FhirExportJob>
{
    public void Configure(EntityTypeBuilder<FhirExportJob> b)
    {
        b.ToTable("fhir_export_jobs");
        b.HasKey(j => j.Id);
        b.Property(j => j.Owner).HasMaxLength(120);
        b.Property(j => j.Request).HasMaxLength(4000);
        b.Property(j => j.Directory).HasMaxLength(1000);
        b.Property(j => j.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(j => j.Progress).HasMaxLength(1000);
        b.HasIndex(j => j.ExpiresAt);
    }
}
