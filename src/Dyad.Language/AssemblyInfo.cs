namespace Dyad.Language;
