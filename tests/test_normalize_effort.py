"""Effort as people write it in English, French, Spanish, German and Portuguese: per piece times the count, a project's
hours, weekly load times weeks, minutes, and time spent on something else (hiring steps, meetings, replies, time zones)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from normalize.effort import effort_from_text

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


def hours_of(text: str) -> tuple:
    effort = effort_from_text(text, posted=NOW, now=NOW)
    return effort.hours_min, effort.hours_max


def load_of(text: str) -> tuple:
    effort = effort_from_text(text, posted=NOW, now=NOW)
    return effort.hours_min, effort.hours_max, effort.hours_per_week, effort.duration_days


@pytest.mark.parametrize("text,hours", [
    # en
    ("Editing help: about 3 hours per video, 6 videos in total.", (18, 18)),
    ("Edit 10 clips for our channel, about 2 hours per clip.", (20, 20)),
    ("Each video takes about 3 hours to edit; we have 6 videos.", (18, 18)),
    ("We need 20 product descriptions; each takes about 15 minutes.", (5, 5)),
    ("About 10 minutes per task, 30 tasks.", (5, 5)),
    ("Up to 2 hours per clip, 10 clips.", (None, 20)),
    ("Three evenings, 4 hours each, at our stand.", (12, 12)),
    ("Looking for someone for 4 Saturdays, 5 hours each.", (20, 20)),
    ("Two 4-hour workshops with our volunteers.", (8, 8)),
    ("2 sessions of 90 minutes", (3, 3)),
    ("3 x 2 hours of tutoring", (6, 6)),
    # fr
    ("Montage : environ 3 heures par vidéo, 6 vidéos.", (18, 18)),
    ("Trois soirées de 4 heures pour tenir le stand.", (12, 12)),
    # es
    ("Unas 2 horas por vídeo, 10 vídeos en total al mes de enero.", (20, 20)),
    ("Tres tardes de 4 horas cada una.", (12, 12)),
    # de
    ("Schnitt: ca. 2 Stunden pro Video, 10 Videos.", (20, 20)),
    ("Drei Abende à 4 Stunden, 25 € pro Stunde.", (12, 12)),
    # pt
    ("Edição: cerca de 2 horas por vídeo, 10 vídeos.", (20, 20)),
    ("Três noites de 4 horas cada.", (12, 12)),
    ("Une demi-heure par vidéo, 10 vidéos.", (5, 5)),
    ("Eine halbe Stunde pro Video, 10 Videos.", (5, 5)),
    ("Media hora por vídeo, 10 vídeos.", (5, 5)),
])
def test_effort_per_piece_times_the_stated_count(text, hours):
    assert hours_of(text) == pytest.approx(hours)


@pytest.mark.parametrize("text,hours", [
    # one piece's effort, no count: what a pay per piece buys (the count here is per month)
    ("$120 per article, about 3 hours each. 4-6 articles per month.", (3, 3)),
    ("About 3 hours per video.", (3, 3)),
    # a stated total outranks one worked out from the pieces
    ("Attend 4 two-hour sessions and write summaries; roughly 12 hours total.", (12, 12)),
    # how long each video or interview runs is no effort
    ("Edit 5 videos, about 2 hours each.", (None, None)),
    ("Transcribe 5 interviews, about 1 hour each.", (None, None)),
    ("Editing 8 podcast episodes, 1 hour each", (None, None)),
    ("Transcribe 3 hours of audio for $90.", (None, None)),
    ("4x 10 min videos for TikTok", (None, None)),
    # Portuguese "dos vídeos" is "of the videos", no count
    ("Edição dos vídeos: cerca de 2 horas por vídeo.", (2, 2)),
    ("Write a 10-page report, about 1 hour per page.", (10, 10)),
    ("About 10 hours from start to finish.", (10, 10)),
    ("Takes 10 minutes to read.", (None, None)),
])
def test_a_piece_without_a_total_and_the_length_of_media(text, hours):
    assert hours_of(text) == hours


@pytest.mark.parametrize("text,hours", [
    ("A 15-hour micro-project for a student.", (15, 15)),
    ("15-hour project, remote.", (15, 15)),
    ("This is a ~10 hour project.", (10, 10)),
    ("Time commitment: 10 hours", (10, 10)),
    ("Mission de 15 heures, à distance.", (15, 15)),
    ("Un micro-projet de 15 heures.", (15, 15)),
    ("Un proyecto de 15 horas.", (15, 15)),
    ("Ein 15-stündiges Projekt.", (15, 15)),
    ("Umfang: 15 Stunden", (15, 15)),
    ("Aufwand: ca. 15 Stunden", (15, 15)),
    ("Um projeto de 15 horas.", (15, 15)),
    ("I estimate 10 hours.", (10, 10)),
    ("Shouldn't take more than 2 hours.", (None, 2)),  # only the upper end
    ("It won't take longer than 3 hours", (None, 3)),
    ("This takes more than 2 hours", (None, None)),  # a floor is no total
    ("10-15 hours over 2-3 weeks. Energy system (daily pool).", (10, 15)),
])
def test_a_projects_stated_hours(text, hours):
    assert hours_of(text) == hours


@pytest.mark.parametrize("text,load", [
    ("6 semaines, 8 heures par semaine.", (48, 48, 8, 42)),
    ("8h/semaine pendant 6 semaines", (48, 48, 8, 42)),
    ("8 h par semaine sur 6 semaines", (48, 48, 8, 42)),
    ("10 h/semana durante 4 semanas", (40, 40, 10, 28)),
    ("5 horas por semana durante 3 semanas", (15, 15, 5, 21)),
    ("20 horas semanales durante 2 meses", (171.4, 171.4, 20, 60)),
    ("8 Stunden pro Woche für 6 Wochen", (48, 48, 8, 42)),
    ("10 Std./Woche über 8 Wochen", (80, 80, 10, 56)),
    ("20 Wochenstunden für 3 Monate", (257.1, 257.1, 20, 90)),
    ("10 horas semanais por 2 meses", (85.7, 85.7, 10, 60)),
    ("Part 2 – 10 hours per week for 6 weeks", (60, 60, 10, 42)),
    ("10 hrs/wk for 6 wks", (60, 60, 10, 42)),
    ("3 months, 10 hours a week", (128.6, 128.6, 10, 90)),
    ("Durée : 6 semaines à raison de 8h/semaine", (48, 48, 8, 42)),
    ("2 mois, 10h par semaine", (85.7, 85.7, 10, 60)),
    ("Duración: 2 meses, 10 horas a la semana", (85.7, 85.7, 10, 60)),
    ("Zeitraum: 6 Wochen, 8 Stunden die Woche", (48, 48, 8, 42)),
    ("Laufzeit 3 Monate, 10 Wochenstunden", (128.6, 128.6, 10, 90)),
    ("durante 6 semanas, com carga de 10 horas semanais", (60, 60, 10, 42)),
    ("Duração: 3 meses, 20h semanais", (257.1, 257.1, 20, 90)),
])
def test_weekly_load_times_weeks(text, load):
    assert load_of(text) == pytest.approx(load, abs=0.05)


@pytest.mark.parametrize("text,duration", [
    ("Stage non rémunéré de 2 mois.", 60),
    ("Entrega en una semana.", 7),
    ("Remuneração de R$ 2.000 por mês, estágio de 3 meses.", 90),
    ("Ein 6-wöchiges Projekt.", 42),
    ("Das Projekt läuft 6 Wochen lang.", 42),
])
def test_durations_in_other_languages(text, duration):
    assert effort_from_text(text, posted=NOW, now=NOW).duration_days == duration


@pytest.mark.parametrize("text,hours", [
    ("The survey should take about 20 minutes.", (0.333, 0.333)),
    ("Should take 20-30 minutes", (0.333, 0.5)),
    ("It takes less than 10 minutes.", (None, 0.167)),
    ("Ça devrait prendre environ 20 minutes.", (0.333, 0.333)),
    ("Debería tomar unos 20 minutos.", (0.333, 0.333)),
    ("Dauert etwa 20 Minuten.", (0.333, 0.333)),
    ("Deve levar cerca de 20 minutos.", (0.333, 0.333)),
    ("It should take about an hour.", (1, 1)),
    ("It takes half an hour.", (0.5, 0.5)),
    ("$20 an hour, about 10 hours total.", (10, 10)),  # a rate's "an hour" is no effort
    ("Paid 60-minute interview. Compensation is a gift card.", (1, 1)),  # a paid study: the interview is the work
    ("We pay $50 for a 30-minute call.", (0.5, 0.5)),
])
def test_minutes(text, hours):
    assert hours_of(text) == pytest.approx(hours, abs=0.001)


@pytest.mark.parametrize("text", [
    "First step: a 30-minute interview with the founder.",
    "A 2-hour test task, paid.",
    "Trial task capped at 3 hours.",
    "A paid test task capped at 3 hours ($60).",
    "Weekly 1-hour meetings with the team.",
    "We meet weekly for 1 hour.",
    "Weekly 30-minute check-ins.",
    "Office hours: 2 hours per week.",
    "We reply within 24 hours.",
    "Respond in under 2 hours.",
    "You need 4 hours overlap with EST.",
    "Must overlap at least 4 hours with US Eastern.",
    "Remote, CET ± 2 hours.",
    "Apply Now — Takes 2 Minutes",
    "Un entretien de 30 minutes.",
    "Un test rémunéré de 2 heures.",
    "Réunion hebdomadaire d'une heure.",
    "Réponse sous 24 heures.",
    "Una entrevista de 30 minutos.",
    "Prueba pagada de 2 horas.",
    "Reunión semanal de 1 hora.",
    "Respuesta en 24 horas.",
    "Ein 30-minütiges Interview.",
    "Wöchentliches Meeting (1 Std.)",
    "Antwort innerhalb von 24 Stunden.",
    "Entrevista de 30 minutos.",
    "Teste pago de 2 horas.",
    "Reunião semanal de 1 hora.",
    "Resposta em até 24 horas.",
    "Pay: $30/hr. A 30-minute interview with the team.",
    "Interview process: 30 min intro call, 2h technical interview, 1h culture fit.",
    "We do a paid 2-hour take-home, then a 45-minute call.",
])
def test_time_for_something_else_is_not_the_works_effort(text):
    assert hours_of(text) == (None, None)


@pytest.mark.parametrize("text,hours", [
    ("We need 4 hours overlap with EST. Project is about 20 hours.", (20, 20)),
    ("Paid test task (2 hours, $50), then about 30 hours of work.", (30, 30)),
    ("There will be a 30 min intro call, then about 12 hours of work.", (12, 12)),
    ("Un entretien de 30 minutes puis une mission de 10 heures.", (10, 10)),
    ("CET ± 2 hours, about 20 hours total.", (20, 20)),
    ("Probeaufgabe (max. 2 Stunden), danach etwa 25 Stunden.", (25, 25)),
    ("2 x 1-hour calls with the client, then about 10 hours of design.", (10, 10)),
    ("2 videos per week, each takes about 3 hours.", (3, 3)),  # one piece: the count is per week
    ("Our interview process is 3 steps (~4 hours total). The project is about 30 hours.", (30, 30)),
])
def test_the_work_is_read_beside_time_for_something_else(text, hours):
    assert hours_of(text) == hours


@pytest.mark.parametrize("text,hours", [
    ("Episode 3 - 10 hours", (10, 10)),
    ("Folge 2 – 6 Stunden.", (6, 6)),
    ("Épisode 4 - 5 heures", (5, 5)),
    ("Q3 - 10 hours", (10, 10)),
    ("Logo: €300 – 10 h", (10, 10)),
    ("300 EUR - 10 hours of work", (10, 10)),
    ("$300 - 400 hours", (400, 400)),
    ("About 10 - 15 hours", (10, 15)),  # a range stays a range
    ("About 10-15 hours. $300 flat.", (10, 15)),
])
def test_a_labels_number_or_money_before_a_dash_is_no_range(text, hours):
    assert hours_of(text) == hours


def test_how_long_a_clip_runs_is_no_effort():
    from datetime import datetime, timezone

    from normalize.effort import effort_from_text

    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert effort_from_text("Edit a 3-minute wedding highlight clip from my footage", posted=now, now=now).hours_max is None
    assert effort_from_text("Paid 15-minute survey", posted=now, now=now).hours_max == 0.25
