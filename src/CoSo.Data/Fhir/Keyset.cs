using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir;

/// <summary>
/// Keyset paging on (sort key, id): the next page is the rows strictly after the last one in that order, compared in
/// the database, so a row inserted between two pages cannot shift a page and no row is served twice or skipped while
/// its key stays put. The id (UUIDv7, unique) breaks ties of the sort key.
/// </summary>
internal static class Keyset
{
    /// <summary>A sort key: its expression, its direction, and how it is written in a cursor (a long).</summary>
    internal sealed record Key<T, TKey>(Expression<Func<T, TKey>> Expression, bool Descending, Func<TKey, long> Encode, Func<long, TKey> Decode);

    public static Key<T, DateTimeOffset> Instant<T>(Expression<Func<T, DateTimeOffset>> key, bool descending = false) =>
        new(key, descending, v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    public static Key<T, DateOnly> Day<T>(Expression<Func<T, DateOnly>> key, bool descending = false) =>
        new(key, descending, v => v.DayNumber, v => DateOnly.FromDayNumber(checked((int)v)));

    /// <summary>In id order.</summary>
    /// <param name="countTotal">Count the matches; false for a walk that needs no total (a bulk export), which would count them on every page.</param>
    public static async Task<KeysetPage<T>> ByIdAsync<T>(IQueryable<T> query, Expression<Func<T, Guid>> id, PageCursor? after, int count, CancellationToken ct, bool countTotal = true)
    {
        var total = countTotal ? await query.CountAsync(ct) : 0;
        if (count == 0)
        {
            return new KeysetPage<T>([], total > 0, total);
        }

        if (after is { } a)
        {
            query = query.Where(Lambda<T>(Expression.GreaterThan(id.Body, Parameter(a.Id)), id.Parameters[0]));
        }

        var rows = await query.OrderBy(id).Take(count + 1).ToListAsync(ct);
        var items = rows.Take(count).ToList();
        var more = rows.Count > count;
        var getId = id.Compile();
        return new KeysetPage<T>(items, more, total) { Next = more ? new PageCursor(getId(items[^1])) : null };
    }

    /// <summary>In (key, id) order, ascending or descending; a cursor without a key (another order's) is refused.</summary>
    /// <param name="inclusive">Start at the cursor's row itself (a batch of rows some of whose parts were served).</param>
    /// <param name="countTotal">Count the matches (a page); false for the batches of one page, whose total is counted apart.</param>
    public static async Task<KeysetPage<T>> SortedAsync<T, TKey>(IQueryable<T> query, Key<T, TKey> sort, Expression<Func<T, Guid>> id, PageCursor? after, int count, CancellationToken ct, bool inclusive = false, bool countTotal = true)
    {
        var total = countTotal ? await query.CountAsync(ct) : 0;
        if (count == 0)
        {
            return new KeysetPage<T>([], total > 0, total);
        }

        var row = sort.Expression.Parameters[0];
        var key = sort.Expression.Body;
        var rowId = Replace(id.Body, id.Parameters[0], row);
        if (after is { Key: { } k } a)
        {
            var keyValue = Parameter(sort.Decode(k));
            var idValue = Parameter(a.Id);
            // key > k OR (key = k AND id > a.Id), mirrored for a descending order.
            var beyond = sort.Descending ? Expression.LessThan(key, keyValue) : Expression.GreaterThan(key, keyValue);
            var idBeyond = (sort.Descending, inclusive) switch
            {
                (true, false) => Expression.LessThan(rowId, idValue),
                (true, true) => Expression.LessThanOrEqual(rowId, idValue),
                (false, false) => Expression.GreaterThan(rowId, idValue),
                _ => Expression.GreaterThanOrEqual(rowId, idValue),
            };
            var tie = Expression.AndAlso(Expression.Equal(key, keyValue), idBeyond);
            query = query.Where(Lambda<T>(Expression.OrElse(beyond, tie), row));
        }
        else if (after is not null)
        {
            throw new ArgumentException("The cursor is not one of this order.", nameof(after));
        }

        var idKey = Expression.Lambda<Func<T, Guid>>(rowId, row);
        var ordered = sort.Descending ? query.OrderByDescending(sort.Expression).ThenByDescending(idKey) : query.OrderBy(sort.Expression).ThenBy(idKey);
        var rows = await ordered.Take(count + 1).ToListAsync(ct);
        var items = rows.Take(count).ToList();
        var more = rows.Count > count;
        PageCursor? next = null;
        if (more)
        {
            var last = items[^1];
            next = new PageCursor(idKey.Compile()(last), sort.Encode(sort.Expression.Compile()(last)));
        }

        return new KeysetPage<T>(items, more, total) { Next = next };
    }

    /// <summary>An instant against a <see cref="InstantFilter"/>: eq inside [start, end), ge/le reaching, gt/lt beyond.</summary>
    public static IQueryable<T> Within<T>(IQueryable<T> query, Expression<Func<T, DateTimeOffset>> instant, InstantFilter f)
    {
        var x = instant.Body;
        // Instants are compared in UTC: SQLite stores them as UTC ticks (SqliteCoSoDbContext), PostgreSQL as timestamptz.
        var s = Parameter(f.Start.ToUniversalTime());
        var e = Parameter(f.End.ToUniversalTime());
        Expression body = f.Prefix switch
        {
            DatePrefix.Eq => Expression.AndAlso(Expression.GreaterThanOrEqual(x, s), Expression.LessThan(x, e)),
            DatePrefix.Ge => Expression.GreaterThanOrEqual(x, s),
            DatePrefix.Gt => Expression.GreaterThanOrEqual(x, e),
            DatePrefix.Le => Expression.LessThan(x, e),
            _ => Expression.LessThan(x, s),
        };
        return query.Where(Lambda<T>(body, instant.Parameters[0]));
    }

    private static Expression<Func<T, bool>> Lambda<T>(Expression body, ParameterExpression row) => Expression.Lambda<Func<T, bool>>(body, row);

    /// <summary>A value as a closure member, so EF sends it as a parameter (with the column's converter) rather than a literal.</summary>
    private static Expression Parameter<TValue>(TValue value)
    {
        Expression<Func<TValue>> holder = () => value;
        return holder.Body;
    }

    private static Expression Replace(Expression body, ParameterExpression from, ParameterExpression to) => new Substitute(from, to).Visit(body);

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
