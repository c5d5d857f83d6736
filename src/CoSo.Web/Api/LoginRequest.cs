namespace CoSo.Web.Api;

public sealed record LoginRequest(string UserName, string Password);
