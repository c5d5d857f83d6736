using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoSo.Core.Chronic;

/// <summary>The chronic-care data file (data/chronic/protocols.json, embedded): protocols, high-risk rules, snooze days.</summary>
public sealed record ChronicCarePlan
{
    public const string ResourceName = "CoSo.Core.Chronic.protocols.json";

    private static readonly Lazy<ChronicCarePlan> Embedded = new(LoadEmbedded);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public int SchemaVersion { get; init; }

    public int RefusalSnoozeDays { get; init; } = 30;

    public IReadOnlyList<ChronicProtocol> Protocols { get; init; } = [];

    public HighRiskRules HighRisk { get; init; } = new();

    public static ChronicCarePlan Default => Embedded.Value;

    public ChronicProtocol DefaultFor(ChronicProgramme programme) =>
        Protocols.FirstOrDefault(p => p.Programme == programme) ?? throw new InvalidDataException($"No protocol for {programme}.");

    public ChronicProtocol? Find(string? code) => Protocols.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.Ordinal));

    public static ChronicCarePlan Load(Stream stream)
    {
        var plan = JsonSerializer.Deserialize<ChronicCarePlan>(stream, Json) ?? throw new InvalidDataException("Empty chronic-care file.");
        foreach (var p in plan.Protocols)
        {
            if (string.IsNullOrWhiteSpace(p.Code) || p.Steps.Count == 0 || p.FollowUpDays is < 1 or > 365 || !Enum.IsDefined(p.Programme))
            {
                throw new InvalidDataException($"Chronic protocol '{p.Code}': a code, a programme, at least one step and followUpDays 1–365 are required.");
            }
        }

        return plan;
    }

    private static ChronicCarePlan LoadEmbedded()
    {
        using var stream = typeof(ChronicCarePlan).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from CoSo.Core.");
        return Load(stream);
    }
}
