using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Immunization;

/// <summary>
/// The children's register reads a station's residents born after a date (every due list, register page and home
/// panel). Without this index PostgreSQL fetches every resident of the station (about 10,000) to keep the 1,000 under
/// 6; with it, only those. Kept here, next to the query that needs it, rather than in the People configuration.
/// </summary>
internal sealed class PersonRegisterIndexConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b) => b.HasIndex(p => new { p.OrgUnitId, p.BirthDate });
}
