using System.Linq.Expressions;
using CoSo.Core.Common;
using CoSo.Core.Organisation;
using CoSo.Core.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Workforce;

/// <summary>
/// The one scope rule for org-level data (staff, facilities, assessments), which are not IPersonOwned and so get no
/// global filter: a row is visible when its unit is in the actor's scope (the user's units and every unit below them;
/// ScopeAll sees everything). A worker is visible to their managing unit's scope and to any unit they are posted to.
/// Every Workforce and Facilities query goes through here.
/// </summary>
public sealed class OrgScope(CoSoDbContext db)
{
    public bool Allows(Guid orgUnitId) => db.Actor.Scope.Allows(orgUnitId);

    /// <summary>Out of scope answers like missing (404), as for residents.</summary>
    public void Demand(Guid orgUnitId)
    {
        if (!Allows(orgUnitId))
        {
            throw new NotFoundException();
        }
    }

    public IQueryable<T> Filter<T>(IQueryable<T> query, Expression<Func<T, Guid>> unitOf)
    {
        var scope = db.Actor.Scope;
        if (scope.All)
        {
            return query;
        }

        var ids = scope.UnitIds;
        Expression<Func<Guid, bool>> contains = id => ids.Contains(id);
        var body = new Substitute(contains.Parameters[0], unitOf.Body).Visit(contains.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(body, unitOf.Parameters));
    }

    public IQueryable<StaffMember> Staff()
    {
        var scope = db.Actor.Scope;
        var staff = db.Set<StaffMember>().AsQueryable();
        if (scope.All)
        {
            return staff;
        }

        var ids = scope.UnitIds;
        var postings = db.Set<Posting>();
        return staff.Where(s => ids.Contains(s.OrgUnitId) || postings.Any(p => p.StaffId == s.Id && ids.Contains(p.OrgUnitId)));
    }

    public IQueryable<OrgUnit> Units(OrgUnitKind kind) =>
        Filter(db.OrgUnits.AsNoTracking().Where(u => u.Kind == kind && u.IsActive), u => u.Id);

    public async Task<OrgUnit> StationAsync(Guid stationId, CancellationToken ct)
    {
        Demand(stationId);
        return await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == stationId && u.Kind == OrgUnitKind.CommuneHealthStation, ct)
            ?? throw new NotFoundException();
    }

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
