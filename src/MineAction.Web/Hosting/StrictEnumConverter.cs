using System.Text.Json;
using System.Text.Json.Serialization;

namespace MineAction.Web.Hosting;

/// <summary>
/// Enum values by name only: no numbers, no comma-combined values ("Farming,Herding" would otherwise become a third, unrelated value),
/// nothing undefined — a 400 naming the field and listing the names. Names are matched ignoring case, written as declared.
/// </summary>
public sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    /// <summary>A JSON value outside the names of its enum.</summary>
    public sealed class UnknownNameException(string names) : JsonException($"must be one of: {names}")
    {
        public string Names { get; } = names;
    }

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly string[] Names = Enum.GetNames<T>();
        private static readonly string List = string.Join(", ", Names);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return Names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
                ? Enum.Parse<T>(name)
                : throw new UnknownNameException(List);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
