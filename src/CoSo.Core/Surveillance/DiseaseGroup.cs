namespace CoSo.Core.Surveillance;

/// <summary>Groups of the Law on Prevention and Control of Infectious Diseases (2007), as used by TT 54/2015/TT-BYT.</summary>
public enum DiseaseGroup
{
    /// <summary>Especially dangerous: fast spread, high fatality or unknown agent.</summary>
    A,

    /// <summary>Dangerous: fast spread, may cause death.</summary>
    B,

    /// <summary>Less dangerous, slower spread.</summary>
    C,
}
