namespace CoSo.Web.Components.Shared;

/// <summary>
/// The client of a Blazor circuit, as the page request that started it saw it: its address (after the forwarded
/// headers of a trusted proxy). A circuit's later traffic runs over the SignalR connection, where the request is gone,
/// so App.razor hands the address to the root component (a server component's parameters are protected, the browser
/// cannot change them) and the audit rows the pages write carry it like the API's.
/// </summary>
public sealed class CircuitClient
{
    public string? RemoteAddress { get; set; }
}
