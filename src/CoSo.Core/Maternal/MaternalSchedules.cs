using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoSo.Core.Maternal;

/// <summary>The antenatal and postnatal schedules of <c>data/maternal/care-schedules.json</c> (embedded in CoSo.Core).</summary>
public sealed class MaternalSchedules
{
    private const string ResourceName = "CoSo.Core.Maternal.care-schedules.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    private static readonly Lazy<MaternalSchedules> Default = new(LoadEmbedded);

    private MaternalSchedules(IReadOnlyList<CareSchedule> antenatal, IReadOnlyList<CareSchedule> postnatal)
    {
        Antenatal = antenatal;
        Postnatal = postnatal;
    }

    public IReadOnlyList<CareSchedule> Antenatal { get; }

    public IReadOnlyList<CareSchedule> Postnatal { get; }

    /// <summary>The national antenatal schedule (the due list's).</summary>
    public CareSchedule AntenatalDefault => Antenatal.First(s => s.IsDefault);

    public CareSchedule PostnatalDefault => Postnatal.First(s => s.IsDefault);

    public static MaternalSchedules LoadDefault() => Default.Value;

    /// <summary>The antenatal schedule with this code, or the default when the code is null; unknown codes answer null.</summary>
    public CareSchedule? AntenatalByCode(string? code) => code is null ? AntenatalDefault : Antenatal.FirstOrDefault(s => s.Code == code);

    public CareSchedule? PostnatalByCode(string? code) => code is null ? PostnatalDefault : Postnatal.FirstOrDefault(s => s.Code == code);

    public static MaternalSchedules Load(Stream json)
    {
        SchedulesDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SchedulesDocument>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Maternal care schedules are not valid JSON: {ex.Message}", ex);
        }

        if (document is null || document.Antenatal.Count(s => s.Default) != 1 || document.Postnatal.Count(s => s.Default) != 1)
        {
            throw new InvalidDataException("Maternal care schedules need exactly one default antenatal and one default postnatal schedule.");
        }

        return new MaternalSchedules(document.Antenatal.Select(Map).ToList(), document.Postnatal.Select(Map).ToList());
    }

    private static MaternalSchedules LoadEmbedded()
    {
        using var stream = typeof(MaternalSchedules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Load(stream);
    }

    private static CareSchedule Map(ScheduleDocument d)
    {
        var slots = d.Contacts.Select(c =>
        {
            if (!(c.FromDays <= c.DueFromDays && c.DueFromDays <= c.OverdueFromDays && c.OverdueFromDays <= c.ToDays && c.FromDays < c.ToDays))
            {
                throw new InvalidDataException($"Schedule {d.Code}, contact {c.Number}: days must run from ≤ due ≤ overdue ≤ to.");
            }

            return new CareSlot(c.Number, c.FromDays, c.DueFromDays, c.OverdueFromDays, c.ToDays, c.LabelVi ?? string.Empty, c.LabelEn ?? string.Empty, c.CoveredByFacilityBirth);
        }).OrderBy(s => s.Number).ToList();
        return new CareSchedule(d.Code ?? throw new InvalidDataException("A schedule needs a code."), d.NameVi ?? string.Empty, d.NameEn ?? string.Empty, d.Source ?? string.Empty, d.Default, slots);
    }

    private sealed class SchedulesDocument
    {
        public int SchemaVersion { get; set; }

        public List<ScheduleDocument> Antenatal { get; set; } = [];

        public List<ScheduleDocument> Postnatal { get; set; } = [];
    }

    private sealed class ScheduleDocument
    {
        public string? Code { get; set; }

        public bool Default { get; set; }

        public string? NameVi { get; set; }

        public string? NameEn { get; set; }

        public string? Source { get; set; }

        public List<ContactDocument> Contacts { get; set; } = [];
    }

    private sealed class ContactDocument
    {
        public int Number { get; set; }

        public int FromDays { get; set; }

        public int DueFromDays { get; set; }

        public int OverdueFromDays { get; set; }

        public int ToDays { get; set; }

        public bool CoveredByFacilityBirth { get; set; }

        public string? LabelVi { get; set; }

        public string? LabelEn { get; set; }

        public string? Assumption { get; set; }
    }
}
