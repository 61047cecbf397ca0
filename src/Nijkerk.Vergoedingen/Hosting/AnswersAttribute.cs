using Microsoft.AspNetCore.Mvc;

namespace Nijkerk.Vergoedingen.Hosting;

/// <summary>
/// What an endpoint answers with when it succeeds, for its OpenAPI description: the endpoints return
/// <see cref="IResult"/> (the answer is mapped in <see cref="AnswerResults"/>), which says nothing about
/// the body. Problems are described by convention (<see cref="OpenApiOperations"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AnswersAttribute<T> : ProducesResponseTypeAttribute<T>
{
    public AnswersAttribute(int statusCode = StatusCodes.Status200OK)
        : base(statusCode, "application/json")
    {
    }

    public AnswersAttribute(int statusCode, string contentType)
        : base(statusCode, contentType)
    {
    }
}
