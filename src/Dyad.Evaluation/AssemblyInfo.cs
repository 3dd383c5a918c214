namespace Dyad.Evaluation;
