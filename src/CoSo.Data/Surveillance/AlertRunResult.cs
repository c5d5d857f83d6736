namespace CoSo.Data.Surveillance;

/// <summary>What a run stored: new alerts, stored alerts continued by a new week, and the signalled weeks added in all.</summary>
public sealed record AlertRunResult(int Created, int Continued, int Weeks)
{
    public bool Nothing => Weeks == 0;
}
