namespace CoSo.Web.Api.People;

public sealed record MergeRequest(Guid DuplicateId);
