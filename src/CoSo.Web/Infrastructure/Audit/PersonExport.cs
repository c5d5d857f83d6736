using CoSo.Data.People;

namespace CoSo.Web.Infrastructure.Audit;

/// <summary>
/// A file (Excel, CSV) made from residents' data: sent as the inner result, and seen by <see cref="PersonAuditFilter"/>
/// as the residents it carries, so an export is audited like the list it was made from.
/// </summary>
public sealed class PersonExport(IResult file, IPersonReference residents) : IResult, IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => residents.People;

    public Task ExecuteAsync(HttpContext httpContext) => file.ExecuteAsync(httpContext);
}
