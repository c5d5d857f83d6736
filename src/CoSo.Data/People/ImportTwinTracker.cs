using System.Runtime.InteropServices;
using CoSo.Core.People;

namespace CoSo.Data.People;

/// <summary>
/// Registration's probable-duplicate rule (same folded name, birth year and commune; birth dates equal or one unknown)
/// applied to the rows of a file as they stream past: a row is a twin when an earlier row of the file matches it.
/// For the first load, where nothing is stored yet, so the flag goes out with the row itself. A group is keyed by a
/// 64-bit FNV-1a hash of its three values (≈ 24 bytes a row; a false match among a million keys has a chance of about
/// 3 in 100 million, and would only ask a person to look).
/// </summary>
internal sealed class ImportTwinTracker
{
    private readonly Dictionary<long, Group> _groups = [];
    private readonly Dictionary<long, HashSet<int>> _moreDates = [];

    /// <summary>Records the row and says whether an earlier row is its probable twin.</summary>
    public bool IsLaterTwin(Person p)
    {
        if (p.CommuneCode is null)
        {
            return false;
        }

        var key = Key(p.NameKey, p.BirthYear, p.CommuneCode);
        ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out var exists);
        if (p.BirthDate is not { } birthDate)
        {
            group.Undated = true;
            return exists;
        }

        var day = birthDate.DayNumber + 1;
        if (!exists)
        {
            group.FirstDay = day;
            return false;
        }

        var twin = group.Undated || group.FirstDay == day || (group.MoreDays && _moreDates[key].Contains(day));
        if (group.FirstDay == 0)
        {
            group.FirstDay = day;
        }
        else if (group.FirstDay != day)
        {
            group.MoreDays = true;
            if (!_moreDates.TryGetValue(key, out var days))
            {
                _moreDates[key] = days = [];
            }

            days.Add(day);
        }

        return twin;
    }

    private static long Key(string nameKey, int birthYear, string commune)
    {
        const ulong prime = 1099511628211;
        var hash = 14695981039346656037;
        foreach (var c in nameKey)
        {
            hash = (hash ^ c) * prime;
        }

        hash = (hash ^ '|') * prime;
        hash = (hash ^ (uint)birthYear) * prime;
        foreach (var c in commune)
        {
            hash = (hash ^ c) * prime;
        }

        return (long)hash;
    }

    private struct Group
    {
        /// <summary>DayNumber + 1 of the first dated row; 0 when none yet.</summary>
        public int FirstDay;

        public bool Undated;

        /// <summary>Rows with other dates than <see cref="FirstDay"/> were seen (kept in the overflow set).</summary>
        public bool MoreDays;
    }
}
