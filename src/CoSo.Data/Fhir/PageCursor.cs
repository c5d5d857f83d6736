namespace CoSo.Data.Fhir;

/// <summary>
/// Where a keyset page starts: after the row with <see cref="Id"/> and, for a sorted search, sort key <see cref="Key"/>
/// (an instant's UTC ticks, a day's day number). Null <see cref="Key"/>: a page in id order.
/// </summary>
public sealed record PageCursor(Guid Id, long? Key = null);
